"""The exit statuses of the ``portal`` command, for clerks' scripts and CI (docs/deploy.md)."""

EXIT_OK = 0             # validated; or the new site is in place
EXIT_DATA_ERROR = 1     # the data has errors: nothing was published, the old site is untouched
EXIT_USAGE = 2          # a wrong command line or portal.yml
EXIT_BUILD_FAILED = 3   # the build itself failed: nothing was published, the old site is untouched
