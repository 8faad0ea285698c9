// Vue's full browser build (runtime + template compiler, ES module) has the same API as `vue`; its own
// folder ships no declaration for that file name.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
