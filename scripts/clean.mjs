// Empties dist/ so a renamed or removed file never ships from an old build.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
