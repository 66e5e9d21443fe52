import { PACKAGE_JSON } from './package-root.js';

export const VERSION: string = PACKAGE_JSON.version;
