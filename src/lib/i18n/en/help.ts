// Texts of the help page (/help), loaded with that page (en). {placeholders} are the app's own
// button names, filled in by the page so that the guide always names them as the header does.
export const help = {
	'help.title': 'How to use the app',
	'help.intro':
		"The app helps the Quảng Nam Veterans' Association follow the 2024-2025 New Rural Development plan like a spreadsheet: filter, edit, share Excel workbooks with colleagues and see progress against the goals. This page walks through the usual tasks, in order.",
	'help.toc': 'Contents',
	'help.back': 'Open the commune targets',
	'help.open.title': 'Opening the app the first time',
	'help.open.p1':
		"Nothing to install, no account. The first time it opens, the app loads the whole plan: the province's communes, wards and towns with their districts; each commune's targets (level, year, action); the district targets and their deadlines; the province goals and the other indicators of section II.7.",
	'help.open.p2':
		'It opens on "Commune targets": one row per target of a commune. The other pages are in the top bar: Communes, Plan goals, Veterans, Dashboard, All tables and Help. The "{lang}" button at the right switches the language.',
	'help.open.p3':
		'With the keyboard: press Tab once at the top of the page to see "Skip to the data grid"; press Enter to land in the grid\'s first cell, then move with the arrow keys.',
	'help.open.alt':
		'The commune targets page: the top bar with the pages and the Excel, undo and redo buttons; the year, level, district and status filters and the search box; below, the targets grid with district, commune, level, year, action, status and deadline columns.',
	'help.find.title': 'Finding and filtering',
	'help.find.p1':
		'The lists above the grid (year, level, district, status…) filter at once and combine. The search box ignores case and diacritics: "dai loc" finds "Đại Lộc". Click a column header to sort; the funnel icon in a header opens that column\'s own filter. "Rows shown / total" always says how many rows the filters keep; "Clear filters" shows everything again.',
	'help.find.p2':
		'The filters are kept in the page address, e.g. …/targets?year=2025&district=506 is the 2025 targets of Đại Lộc district. Bookmark that address (Ctrl+D) to come back to the same view.',
	'help.find.alt': 'The commune targets filtered to 2025 and Đại Lộc district; the row counter shows the rows shown out of the total.',
	'help.edit.title': 'Editing in the grid',
	'help.edit.s1': 'Double-click a cell, or select it and just start typing.',
	'help.edit.s2':
		'Columns with a list (level, status, commune…) open the list to choose from; date columns take dd/mm/yyyy and have a calendar button; notes open a large text box.',
	'help.edit.s3': 'Press Enter (or Tab) to save, Esc to cancel. The value is stored at once; there is no "Save" button.',
	'help.edit.p1':
		'A value that does not fit is refused with the reason next to the cell, e.g. 25 criteria when a commune has only 19, or a date that does not exist; the cell keeps its old value. Grey columns are computed and cannot be edited.',
	'help.edit.p2':
		'"{undo}" (Ctrl+Z) and "{redo}" (Ctrl+Y or Ctrl+Shift+Z) work on every change: edits, pastes, added and deleted rows, a whole import. The last 500 steps are kept, also after a reload or a restart.',
	'help.edit.alt': 'A criteria cell just given the value 25: the app refuses it and says why under the cell; the old value stays.',
	'help.rows.title': 'Adding and deleting rows',
	'help.rows.p1':
		'Click "+ {add}" (or "+ Add row" on the other tables) and fill in the form; the commune box finds names typed without diacritics, and the filters in use are filled in already. A second target for the same commune, level and year, or a target for a ward, a town or a commune outside the programme, is refused with the reason.',
	'help.rows.p2':
		"To delete: tick the rows in the checkbox column, click \"{delete}\" and confirm. Deleted by mistake? Undo. The communes, the districts and the province's goals are official data: edited, never added or deleted.",
	'help.rows.alt': 'The form to add a commune target, open above the grid, with the commune picker that ignores diacritics, level, year and action.',
	'help.paste.title': 'Copying and pasting with Excel',
	'help.paste.p1':
		'Ctrl+C copies the selected cell, or the ticked rows, in a form Excel pastes. The other way: copy a block of cells in Excel or LibreOffice, select the top-left cell where it should go in the grid and press Ctrl+V; the block is pasted down and to the right.',
	'help.paste.p2':
		'Each pasted value is checked as if typed. One wrong value and the whole paste is refused, naming the cell and the reason: nothing is half-pasted. One paste is one undo step.',
	'help.share.title': "Sending a workbook and taking in a colleague's copy",
	'help.share.p1':
		'"{export}" downloads one workbook with every table, one sheet each with Vietnamese headers. Send it to a colleague, who edits it in Excel or LibreOffice and sends it back. Please do not rename the sheets or delete the "Mã" column and the hidden "_goc" sheet: they let the app merge cell by cell.',
	'help.share.p2': '"{exportView}" in each table\'s toolbar exports only the rows and columns shown (.xlsx or .csv), handy to print or for a quick report.',
	'help.share.how': "Taking in a colleague's copy, step by step:",
	'help.share.s1': 'Click "{import}" and choose the file (.xlsx, .xls, .ods or .csv, up to 20 MB), or drop the file on the page.',
	'help.share.s2': 'For a hand-made sheet with columns the app does not recognise: match each column to a field, or choose to skip it.',
	'help.share.s3':
		'Preview: the new, changed, unchanged, conflicting and wrong rows; each error names the sheet, row, column and what to do. Nothing has changed yet.',
	'help.share.s4':
		'A conflict is a cell both you and the sender changed since the export: for each cell choose yours or the file\'s (the value at export is shown beside them).',
	'help.share.s5': 'Click "Apply": the whole import is written at once and undone in one step. Cancel, and nothing changes.',
	'help.share.p3':
		'The "merge" mode (the default) keeps the rows that are not in the file; "replace" deletes them, and the preview lists every row it would delete.',
	'help.share.alt':
		'The import dialog: counts of new, changed and conflicting rows; the conflicts section lists each cell with the values mine, in the file and at export to choose from.',
	'help.assoc.title': "The Veterans' Association's registers and results by period",
	'help.assoc.p1':
		"The \"Veterans\" page opens the association's registers of sections III and IV of the plan: campaigns and models; the models the association runs in each commune; member households (poor, near-poor) and their houses; members' OCOP products; commendations. Each register filters, searches, edits, adds, deletes, pastes from Excel and exports like the targets grid. Member households' names are personal data: they stay on this computer and in the workbooks you export.",
	'help.assoc.p2':
		'"Entering results" is a grid of the district associations × the measures of one reporting period (6 months or a year): pick the period, type or paste the figures; the province total adds up by itself. An empty cell means not reported, which is not 0; clearing a cell removes that figure.',
	'help.assoc.alt': 'The results entry grid: one row per district association, one column per measure, the province total at the bottom.',
	'help.recog.title': 'Recognitions and the 19 criteria',
	'help.recog.p1':
		'Each recognition decision is one row of the "Recognitions" page (a commune or a district-level unit, the standard reached, the year, the decision\'s number and date). When you set a commune target to "Recognised", the app asks for the decision number and records it there; the commune\'s recognised level, the dashboard and workbooks all follow that register. A missing decision number is accepted and flagged to be added later. The communes recognised before 2021 are entered once by pasting a list from Excel into "Paste a list".',
	'help.recog.p2':
		'On the "Criteria matrix" page, "Create assessment rows" gives one row per commune for the assessment year; then paste a whole block of Met / Not met from Excel. A commune\'s number of criteria met, in every grid, comes from the matrix (blue cells marked ↳, read-only); hover over a cell to see where its value comes from.',
	'help.dash.title': 'The dashboard',
	'help.dash.p1':
		"The dashboard sets the results against the plan's goals, for the province or one district, one year: communes recognised NTM, advanced and model NTM, communes under 15 criteria, model hamlets, and the association's own work. It changes as soon as you edit a grid. Click a figure or a bar to open the rows behind it; the print button gives an A4 landscape page.",
	'help.dash.alt': 'The dashboard: cards with the recognised communes against the goals, and progress charts by year and by district.',
	'help.data.title': 'Where the data lives',
	'help.data.p1':
		'All the data is only in this browser, on this computer; the app sends nothing over the network. Another computer, another browser or a private window does not see your data, and clearing the browsing data deletes the app\'s data too.',
	'help.data.p2': 'So use "{export}" often, for instance at the end of each working session, to keep a copy. To go on working on another computer, import that workbook there.',
	'help.data.p3':
		'"{reset}" drops every change and the undo history and goes back to the plan as it was; the app asks first. Export a copy before.',
	'help.tabs.title': 'The app open in two tabs',
	'help.tabs.p1':
		'Two tabs of the same browser share the data: edit in one, the other follows. If both tabs change the same row, the later change is refused with a message instead of overwriting: look at the new value and edit again. When the app is updated, an old tab shows a yellow banner: click "Reload the page".',
	'help.phone.title': 'On a phone',
	'help.phone.p1':
		'The top bar becomes compact: the app\'s name, the language button and the "{menu}" button, which opens the pages and the Excel, undo and redo buttons. The filters are one row you swipe sideways; in the grid the district and commune columns stay put while the others scroll sideways.',
	'help.phone.alt': 'The app on a phone with the menu open: the list of pages, then the export, import, undo and redo buttons.'
};
