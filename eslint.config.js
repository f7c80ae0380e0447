// ESLint for the site's own browser scripts (site_templates/): plain scripts, not modules,
// inlined into a page or served as they are.  tests/test_search_script.py runs it on them;
// `npm ci` installs the version pinned in package-lock.json (tests/run does).
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {
    files: ["site_templates/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: globals.browser },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      ...js.configs.recommended.rules,
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "all" }],
      "no-undef": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "no-shadow": "error",
      "no-implicit-globals": "error",
      "no-unused-expressions": "error",
      "no-use-before-define": ["error", { functions: false, classes: true, variables: true }],
    },
  },
];
