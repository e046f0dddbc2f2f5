/** The bundle a clinic page loads with one <script> tag: every element, Lit included. */
export * from './index.js';
