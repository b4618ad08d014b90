/**
 * Test data. `VIETNAMESE_SAMPLE` is Article 7–8 of the town's 2023 regulation on its e-information
 * page (public text). `TCVN3_PAIRS` were encoded with the GNU C library (`iconv -t TCVN5712-1`),
 * independently of the portal's table, and read back as Latin-1.
 */

export const VIETNAMESE_SAMPLE: string[] = [
	'Điều 7. Chế độ cung cấp thông tin.',
	'1. Nội dung thông tin (bài viết, ảnh, dữ liệu, tài liệu) đưa lên Trang thông tin điện tử thị trấn Thanh Chương là thông tin chính thống, công khai và được cơ quan có thẩm quyền duyệt. Tin, bài trên Trang thông tin điện tử thị trấn Thanh Chương bắt buộc phải có thông tin về nguồn tin, người viết tin bài, trừ tin bài là ý kiến tham gia đóng góp của bạn đọc.',
	'Người cung cấp thông tin hay công tác viên khi có bài viết gửi Ban biên tập thì chịu trách nhiệm toàn bộ nội dung thông tin của mình cung cấp.',
	'Trong trường hợp thông tin đưa lên chưa được cơ quan có thẩm quyền xác nhận tính chính xác mà chỉ có giá trị tham khảo thì phải để ở mục tin tham khảo của các trang tin và phải ghi chú rõ là tin tham khảo.',
	'2. Thủ trưởng, cơ quan, ban ngành, đơn vị sự nghiệp trên địa bàn thị trấn quản lý có trách nhiệm thường xuyên cung cấp kịp thời, đầy đủ và chính xác các thông tin về tình hình thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước, hoạt động của cơ quan, đơn vị mình cho Ban biên tập Trang thông tin điện tử.',
	'Điều 8. Chế độ cập nhật thông tin và bảo mật',
	'1. Chế độ cập nhật thông tin:',
	'Trang thông tin điện tử thị trấn Thanh Chương được cập nhật thông tin hàng ngày tùy theo các tin bài do thành viên BBT và các công tác viên gửi về đã được phê duyệt đăng tải. BBT giao chỉ tiêu bắt buộc đối với mỗi thành viên BBT phải có',
	'ít nhất 01 tin, bài/1 tuần được đăng tải trên Trang thông tin điện tử thị trấn Thanh Chương .',
	'Thông tin được cập nhật trên Trang thông tin là ngôn ngữ tiếng Việt, sử dụng bộ mã Tiếng Việt TCVN 6909:2001.',
	'Bài viết được gửi về Ban biên tập bằng 02 cách: Gửi bằng văn bản hoặc qua Email: thitranthanhchuong@gmail.com. Các tin, bài gửi bằng văn bản bắt buộc phải gửi kèm bản mềm để chỉnh sửa.',
	'Thời gian Ban biên tập phê duyệt bản tin, bài viết chậm nhất là 3 ngày tính từ ngày nhận được (căn cứ theo ngày văn bản đến hoặc ngày nhận trên địa chỉ Email).',
	'2. Chế độ bảo mật:',
	'Các thành viên Ban biên tập chịu trách nhiệm về nội dung, bản quyền của thông tin do thành viên đó đăng tải.',
	'Các thành viên phải thực hiện đầy đủ và nghiêm túc các quy định về chế độ bảo mật của Trang thông tin điện tử thị trấn Thanh Chương.',
	'Đối với các thông tin có quy định chế độ bảo mật: phải tuân thủ theo quy định của Nhà nước về chế độ thông tin bảo mật. Khi phát hiện có dấu hiệu bị lộ, kịp thời thông báo cho Trưởng ban hoặc Phó Trưởng ban để có ý kiến chỉ đạo khắc phục.',
];

export const TCVN3_PAIRS: Array< [ string, string ] > = [
	[
		'Thị trấn Thanh Chương tổ chức hội nghị tổng kết công tác năm 2023',
		'Th\u00de tr\u00can Thanh Ch\u00ad\u00acng t\u00e6 ch\u00f8c h\u00e9i ngh\u00de t\u00e6ng k\u00d5t c\u00abng t\u00b8c n\u00a8m 2023',
	],
	[
		'Đường Quốc lộ 46 được nâng cấp, mở rộng',
		'\u00a7\u00ad\u00eang Qu\u00e8c l\u00e9 46 \u00ae\u00ad\u00eec n\u00a9ng c\u00cap, m\u00eb r\u00e9ng',
	],
	[
		'Người dân được hướng dẫn thủ tục đăng ký khai sinh trực tuyến',
		'Ng\u00ad\u00eai d\u00a9n \u00ae\u00ad\u00eec h\u00ad\u00edng d\u00c9n th\u00f1 t\u00f4c \u00ae\u00a8ng k\u00fd khai sinh tr\u00f9c tuy\u00d5n',
	],
	[
		'ăn ằn ắn ẳn ẵn ặn âm ầm ấm ẩm ẫm ậm đẹp đè ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ à á ả ã ạ è é ẻ ẽ ẹ ê ô ơ ư Ă Â Ê Ô Ơ Ư Đ',
		'\u00a8n \u00bbn \u00ben \u00bcn \u00bdn \u00c6n \u00a9m \u00c7m \u00cam \u00c8m \u00c9m \u00cbm \u00ae\u00d1p \u00ae\u00cc \u00d3 \u00d4 \u00d6 \u00d7 \u00dd \u00d8 \u00dc \u00de \u00df \u00e3 \u00e1 \u00e2 \u00e4 \u00e5 \u00e8 \u00e6 \u00e7 \u00e9 \u00ea \u00ed \u00eb \u00ec \u00ee \u00ef \u00f3 \u00f1 \u00f2 \u00f4 \u00f5 \u00f8 \u00f6 \u00f7 \u00f9 \u00fa \u00fd \u00fb \u00fc \u00fe \u00b5 \u00b8 \u00b6 \u00b7 \u00b9 \u00cc \u00d0 \u00ce \u00cf \u00d1 \u00aa \u00ab \u00ac \u00ad \u00a1 \u00a2 \u00a3 \u00a4 \u00a5 \u00a6 \u00a7',
	],
];

/**
 * VNI-Windows examples from public converters' documentation (vietnamese-conversion's README).
 */
export const VNI_PAIRS: Array< [ string, string ] > = [
	[ 'Xin chào các bạn', 'Xin chaøo caùc baïn' ],
];

/**
 * Text in other languages that uses Latin-1 letters, which must never be taken for a legacy
 * Vietnamese encoding.
 */
export const FOREIGN_SAMPLE: string[] = [
	'Je ne sais pas où il est, mais il a été très content à Noël.',
	'La réunion du conseil municipal aura lieu à l’hôtel de ville.',
	'Où est la gare ? Elle est près du marché, derrière l’église.',
	'Le naïf garçon a mangé une crêpe et bu un café crème.',
	'Les élèves ont étudié la géographie et l’histoire de l’Asie.',
	'Über den Wolken muss die Freiheit wohl grenzenlos sein.',
	'Die Straße führt zum schönen Schloß in Köln.',
	'El niño comió paella con su señor padre en España.',
	'A informação está disponível em São Paulo e no Maranhão.',
	'Her naïve résumé mentioned the café and the façade.',
	'The micro-sensor measures 5 µm particles · ¶ 3 of the report © 2024 ® ½ ¼ §2.',
	'Rendez-vous à 10 h — à bientôt, chère Hélène !',
];
