/*
 * The demo province's criteria sets for 2023 (a province defines its own; these follow what provinces publish).
 */

/** The five contents of Decree 86/2023 for "Thôn, tổ dân phố văn hóa", 20 points each, bonus for a standout. */
export const DEMO_VILLAGE_CRITERIA = [
  {
    title: 'Đời sống kinh tế ổn định và từng bước phát triển',
    maxPoints: 20,
    criteria: [
      { title: 'Tỷ lệ hộ nghèo giảm so với năm trước', maxPoints: 10 },
      { title: 'Có mô hình phát triển kinh tế hiệu quả', maxPoints: 8, maxBonus: 2 },
    ],
  },
  {
    title: 'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
    maxPoints: 20,
    criteria: [
      { title: 'Nhà văn hóa thôn hoạt động thường xuyên', maxPoints: 10 },
      { title: 'Trên 80% hộ đạt "Gia đình văn hóa"', maxPoints: 8, maxBonus: 2 },
    ],
  },
  {
    title: 'Môi trường cảnh quan sạch đẹp',
    maxPoints: 20,
    criteria: [
      { title: 'Đường làng, ngõ xóm sáng - xanh - sạch - đẹp', maxPoints: 10 },
      { title: 'Thu gom, xử lý rác thải sinh hoạt', maxPoints: 10 },
    ],
  },
  {
    title: 'Chấp hành đường lối của Đảng, chính sách, pháp luật của Nhà nước',
    maxPoints: 20,
    criteria: [
      { title: 'Không có tội phạm, tệ nạn xã hội phát sinh', maxPoints: 12 },
      { title: 'Thực hiện tốt quy ước, hương ước', maxPoints: 8 },
    ],
  },
  {
    title: 'Tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau',
    maxPoints: 20,
    criteria: [
      { title: 'Tham gia ủng hộ Quỹ "Vì người nghèo"', maxPoints: 10, maxBonus: 2 },
      { title: 'Hòa giải thành các mâu thuẫn trong cộng đồng', maxPoints: 8 },
    ],
  },
];

/**
 * "Xã tiêu biểu" in the campaign "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (Hướng dẫn
 * 83/HD-MTTW-BTT): how the commune's committee led the campaign, then its contents — helping each other out of
 * poverty, the new countryside, a cultured and safe place to live, democracy and the Front's supervision — 100 points,
 * with bonus for the drives that went past their target.
 */
export const DEMO_COMMUNE_CRITERIA = [
  {
    title: 'Lãnh đạo, chỉ đạo, tổ chức thực hiện Cuộc vận động',
    maxPoints: 15,
    criteria: [
      { title: 'Ban hành kế hoạch năm; sơ kết 6 tháng, tổng kết năm thực hiện Cuộc vận động', maxPoints: 8 },
      { title: '100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc', maxPoints: 7 },
    ],
  },
  {
    title: 'Đoàn kết giúp nhau phát triển kinh tế, giảm nghèo bền vững',
    maxPoints: 25,
    criteria: [
      { title: 'Tỷ lệ hộ nghèo giảm đạt chỉ tiêu Nghị quyết Đảng ủy, HĐND xã giao', maxPoints: 10 },
      {
        title: 'Quỹ "Vì người nghèo" đạt chỉ tiêu vận động; chăm lo hộ nghèo, cận nghèo dịp Tết',
        maxPoints: 8,
        maxBonus: 3,
      },
      { title: 'Hỗ trợ xây dựng, sửa chữa nhà Đại đoàn kết cho hộ khó khăn về nhà ở', maxPoints: 7 },
    ],
  },
  {
    title: 'Xây dựng nông thôn mới, đô thị văn minh',
    maxPoints: 20,
    criteria: [
      {
        title: 'Nhân dân góp ngày công, hiến đất làm đường giao thông, công trình công cộng',
        maxPoints: 10,
        maxBonus: 2,
      },
      { title: 'Giữ vững và nâng cao chất lượng các tiêu chí xã nông thôn mới', maxPoints: 10 },
    ],
  },
  {
    title: 'Xây dựng đời sống văn hóa, bảo vệ môi trường, giữ gìn an ninh trật tự',
    maxPoints: 25,
    criteria: [
      { title: 'Từ 90% hộ trở lên đạt danh hiệu "Gia đình văn hóa"', maxPoints: 8 },
      { title: 'Từ 80% thôn trở lên đạt danh hiệu "Thôn văn hóa"', maxPoints: 7 },
      { title: 'Đường làng, ngõ xóm sáng - xanh - sạch - đẹp; thu gom, xử lý rác thải', maxPoints: 5 },
      { title: 'Không có điểm nóng an ninh trật tự; hòa giải thành ở cơ sở đạt trên 80%', maxPoints: 5 },
    ],
  },
  {
    title: 'Phát huy dân chủ, giám sát và phản biện xã hội',
    maxPoints: 15,
    criteria: [
      { title: 'Thực hiện các cuộc giám sát, phản biện xã hội theo kế hoạch năm', maxPoints: 8 },
      {
        title: 'Tổng hợp, phản ánh ý kiến, kiến nghị của cử tri và Nhân dân đến cấp có thẩm quyền',
        maxPoints: 7,
        maxBonus: 2,
      },
    ],
  },
];
