import manifest from '../../package.json';
import type { TagDefinition } from '../core/export/qdpx';

/** The tag vocabulary the extension offers by default (`policyAnnotator.tags.vocabulary`), read from its one definition in package.json. */
export const DEFAULT_TAG_VOCABULARY: readonly TagDefinition[] = manifest.contributes.configuration.properties['policyAnnotator.tags.vocabulary'].default;
