/** The bundle a clinic page loads with one <script> tag: every element, Lit included. */
// The stylesheets first, so that rollup puts them side by side at the start of the bundle: gzip
// finds what they share (selectors, tokens, declarations) only within 32 KB, and spread through
// the bundle they are further apart than that (0.12 KB gzip). They are imported again where used.
import './shared/tokens.styles.js';
import './components/hold-timer/hold-timer.styles.js';
import './content/drawings/drawing.styles.js';
import './components/stretch-card/stretch-card.styles.js';
import './components/stretch-routine/stretch-routine.styles.js';

export * from './index.js';
