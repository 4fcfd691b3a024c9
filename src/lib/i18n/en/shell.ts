// Texts of the app shell's reliability parts (en): see vi/shell.ts.
export const shell = {
	'shell.update': 'A new version is available — reload to use it. Your saved data stays as it is.',
	'shell.updateReload': 'Reload',
	'shell.chunkError': 'A part of the app could not be loaded (the network may be down, or the app was just updated). Connect to the network and reload the page; your saved data is not lost.',
	'shell.offlineReady': 'The app is ready to work without a network.',
	'error.notFoundTitle': 'Page not found',
	'error.notFound': 'The app has no page "{path}". The address may be mistyped or out of date. Choose a page in the bar at the top.',
	'error.title': 'This page could not be opened',
	'error.text': 'Something went wrong opening "{path}". Reload the page; your saved data is not lost. If it happens again, tell your administrator.',
	'error.chunk': 'The page "{path}" could not be loaded (the network may be down, or the app was just updated). Connect to the network and reload the page; your saved data is not lost.',
	'error.home': 'Go to the commune targets',
	'error.reload': 'Reload the page'
};
