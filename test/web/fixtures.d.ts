/** Test fixtures that test/web/build.mjs bundles as text. */
declare module '*.annotations.yaml' {
  const text: string;
  export default text;
}
