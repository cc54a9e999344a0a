from chanye.cli import main

raise SystemExit(main())
