// Types of comlink's Node adapter when imported by its .mjs path (the package ships node-adapter.d.ts only).
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
