/** The date the site is built, YYYY-MM-DD; BUILD_DATE overrides it for reproducible builds and tests. */
export const buildDate = (): string => process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
