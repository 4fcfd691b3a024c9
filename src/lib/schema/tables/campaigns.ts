// The catalogue of campaigns, movements and models the plan names (sections III.1, III.3, III.6).
import { CAMPAIGN_KINDS, type Campaign } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, planSection, isOneOf, enumOptions } from '../columns';

export const campaigns = defineTable<Campaign>()({
	name: 'campaigns',
	...HEADS.campaigns,
	title: 'table.campaigns',
	columns: [
		id(),
		{ key: 'name', label: 'col.name', type: 'text', required: true, editable: true, width: 420, maxLength: 300, aliases: ['ten', 'ten mo hinh', 'ten phong trao', 'cuoc van dong'] },
		{ key: 'kind', label: 'col.campaignKind', type: 'enum', values: CAMPAIGN_KINDS, enumName: 'campaignKind', required: true, editable: true, width: 150, aliases: ['loai'] },
		{ ...planSection, editable: true },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'cd' },
	naturalKey: ['name'],
	unique: true,
	defaultSort: (a, b) => a.planSection.localeCompare(b.planSection) || a.name.localeCompare(b.name, 'vi'),
	filters: [{ param: 'kind', label: 'col.campaignKind', options: enumOptions('campaignKind', CAMPAIGN_KINDS), test: isOneOf('kind'), field: 'kind' }],
	rowLabel: (r) => r.name,
	add: { fields: ['name', 'kind'], label: 'action.addCampaign' },
	canDelete: true,
	blank: () => ({ name: '', kind: 'model', planSection: '', notes: '' }),
});
