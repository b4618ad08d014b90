/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';

/**
 * Internal dependencies
 */
import QuotaTable from '../quota-table';
import type { QuotaReport } from '../../../data/generated/schemas';

const report: QuotaReport = {
	quota: 1,
	weeks: [
		{ start: '2026-11-16', end: '2026-11-22' },
		{ start: '2026-11-23', end: '2026-11-29' },
	],
	members: [
		{
			id: 7,
			name: 'Trần Thị Kiểm',
			position: 'member',
			position_label: 'Thành viên',
			in_office: true,
			counts: [ 2, 0 ],
			this_week: 0,
			behind: true,
		},
		{
			id: 8,
			name: 'Lê Văn Cập',
			position: 'standing',
			position_label: 'Thường trực',
			in_office: false,
			counts: [ 0, 1 ],
			this_week: 1,
			behind: false,
		},
	],
	next_reminder: '',
};

describe( 'QuotaTable', () => {
	it( 'has one column per week, the last one named as the current week', () => {
		render( <QuotaTable report={ report } /> );
		const headers = screen.getAllByRole( 'columnheader' );
		expect( headers.map( ( header ) => header.textContent ) ).toEqual( [
			'Member',
			'16/11',
			'This week',
		] );
		expect( headers[ 1 ].getAttribute( 'title' ) ).toBe(
			'Week 16/11/2026 – 22/11/2026'
		);
	} );

	it( 'marks counts below the quota in text, not by colour alone', () => {
		render( <QuotaTable report={ report } /> );
		const row = screen.getByRole( 'row', { name: /Trần Thị Kiểm/ } );
		const cells = within( row ).getAllByRole( 'cell' );
		expect( cells[ 0 ].textContent ).toBe( '2' );
		expect( cells[ 0 ].classList.contains( 'is-met' ) ).toBe( true );
		expect( cells[ 1 ].textContent ).toBe( '0 (below the quota)' );
		expect( [ ...cells[ 1 ].classList ] ).toEqual( [
			'is-below',
			'is-current',
		] );
	} );

	it( 'says when a member is out of office', () => {
		render( <QuotaTable report={ report } /> );
		expect(
			screen.getByRole( 'rowheader', { name: /Lê Văn Cập/ } ).textContent
		).toBe( 'Lê Văn CậpThường trực · not in office' );
	} );

	it( 'marks nothing when the quota is off', () => {
		render( <QuotaTable report={ { ...report, quota: 0 } } /> );
		expect( screen.queryByText( /below the quota/ ) ).toBeNull();
	} );
} );
