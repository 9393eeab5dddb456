// Renderer components import their stylesheets (Vite bundles them); the test type-check, which
// has no vite/client types, needs to know such an import brings nothing in.
declare module '*.css';
