<?php
/**
 * Contract fixture: constants used by another class, and a schema held in a constant.
 *
 * @package Ttdt
 */

namespace Ttdt\Demo;

defined( 'ABSPATH' ) || exit;

final class Statuses {

	const ONLINE = 'online';

	const ALL = array( 'draft', 'approved' );

	/**
	 * A point on the map.
	 *
	 * @contract Point
	 */
	const POINT = array(
		'type'       => 'object',
		'properties' => array(
			'lat' => array(
				'type'     => 'number',
				'required' => true,
			),
			'lng' => array(
				'type'     => 'number',
				'required' => true,
			),
		),
	);
}
