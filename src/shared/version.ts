/** This copy's version (written from package.json by scripts/version.mjs: do not edit). */
export const VERSION = '0.1.0';
