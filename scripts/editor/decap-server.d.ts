/** decap-server ships no types; these are the two functions scripts/editor/server.ts uses. */
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  const middlewares: {
    /** Serves Decap's local backend on POST /api/v1, writing files in process.env.GIT_REPO_DIRECTORY (read when called). */
    registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
    /** The same, committing each save to the repository's current branch. */
    registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}
