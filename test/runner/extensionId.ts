/** The extension under test, as `publisher.name` in package.json. */
export const extensionId = 'policy-annotator.policy-annotator';
