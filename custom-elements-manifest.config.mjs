// Read by `cem analyze` (the build's last step). The analyzer lists modules in the order its file
// walk finishes, which differs between runs; sorted by path, the same sources give the same
// dist/custom-elements.json byte for byte (and the README reference and Storybook built from it).
export default {
  plugins: [
    {
      name: 'clearline-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
