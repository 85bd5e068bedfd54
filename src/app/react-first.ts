/**
 * React's own code, run when React's chunk is evaluated (vite.config.ts puts this module in it): the
 * page's first script evaluates that chunk a task before the app's entry (first-script.ts), so the
 * start-up is two tasks rather than one (~170 ms with the CPU 4× slower, in which a click on a
 * speaker's button waited). React's packages are CommonJS, bundled to run when first imported; an
 * import for its effect here runs them in this chunk.
 */
import "react";
import "react-dom/client";
