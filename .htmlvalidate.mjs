/** html-validate's recommended rules, applied to every built page by tests/site/html-validate.test.ts. */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Style only, not validity: Astro writes void elements as <br> and the MDX renderer as <br/>.
    'void-style': 'off',
  },
};
