// An unexpected error while opening a page becomes a code the error page (+error.svelte) turns into
// a Vietnamese text: 'chunk' when a part of the app could not be loaded, else 'internal'. SvelteKit's
// own message ("Internal Error") is English and never shown.
import type { HandleClientError } from '@sveltejs/kit';
import { isChunkLoadError } from '$lib/ui/chunk-errors';

export const handleError: HandleClientError = ({ error }) => ({ message: isChunkLoadError(error) ? 'chunk' : 'internal' });
