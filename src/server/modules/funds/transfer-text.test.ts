import { describe, expect, it } from 'vitest';
import { findDriveCodes } from './bank-statement';
import { maskAccount, readTransferText, type TransferText } from './transfer-text';

/**
 * Real-shaped credit texts: most are as the converted statements of the front's Yagi relief accounts
 * (September 2024: Vietcombank, VietinBank, BIDV, Agribank) and bank notifications print them; names and
 * numbers changed where they were a real person's.
 */
const CASES: [string, Partial<TransferText>][] = [
  // Vietcombank app: the account holder's name after "CT tu <account>".
  [
    'MBVCB.7018039309.694302.chuyen tien.CT tu 0011004123456 NGUYEN VAN A toi 0011001932418 MAT TRAN TO QUOC VN - BAN CUU TRO TW',
    {
      payerName: 'Nguyen Van A',
      bankRef: 'MBVCB.7018039309.694302',
      payerAccount: '0011******456',
      payerBank: 'Vietcombank',
      driveText: 'chuyen tien',
    },
  ],
  [
    'MBVCB.6998628625.Cuu tro thiet hai bao Yagi.CT tu 0071001104341 PHAN NGUYEN DUC NGUYEN toi 0011001932418 MAT TRAN TO QUOC VN - BAN CUU TRO TW',
    { payerName: 'Phan Nguyen Duc Nguyen', bankRef: 'MBVCB.6998628625', driveText: 'Cuu tro thiet hai bao Yagi' },
  ],
  [
    'IBVCB.1234567890.ung ho bao lu.CT tu 0011000999888 LE THI MAI toi 0011001932418 MAT TRAN TO QUOC VN',
    { payerName: 'Le Thi Mai', bankRef: 'IBVCB.1234567890', payerAccount: '0011******888' },
  ],
  [
    'MBVCB.6986253876.Zoey ung ho khac phuc',
    { payerName: null, bankRef: 'MBVCB.6986253876', driveText: 'Zoey ung ho khac phuc' },
  ],
  [
    'MBVCB.7027766531.trong tk cua e con co nhieu day mong giup dc 1 phan nho xiu nao do de giup do mng a',
    { payerName: null, bankRef: 'MBVCB.7027766531' },
  ],
  [
    'CUSTOMER MBVCB 2420648919 339176 naptien 16  CT tu 1027236393 PHAM HOANG TUAN to i 259876543210 PHAM HOANG TUAN  MB   Quan Doi Trace 339176',
    { payerName: 'Pham Hoang Tuan', bankRef: 'MBVCB.2420648919.339176', payerAccount: '*******393' },
  ],
  // VietinBank: fast transfers in ("CT nhanh 247 den:"), with or without a Vietcombank wrapper.
  [
    'CT nhanh 247 den: MBVCB.7018039309.694302. chuyen tien. NGUYEN TRONG NGHIA',
    { payerName: 'Nguyen Trong Nghia', bankRef: 'MBVCB.7018039309.694302', payerBank: 'Vietcombank' },
  ],
  ['CT nhanh 247 den: MBVCB.7018057206.704314.HO YEN NHI chia se voi dong bao bi lu lut.', { payerName: 'Ho Yen Nhi' }],
  [
    'CT nhanh 247 den: TRAN TIEN ANH chuyen tien ung ho nguoi dan vung bao lu',
    { payerName: 'Tran Tien Anh', bankRef: null },
  ],
  ['CT nhanh 247 den: QR - LE THI THU chuyen tien', { payerName: 'Le Thi Thu', driveText: 'LE THI THU chuyen tien' }],
  [
    'con mong moi nguoi binh an (CT1111); thoi gian GD:15/09/2024 23:09:00',
    { payerName: null, driveText: 'con mong moi nguoi binh an' },
  ],
  [
    'CT DEN:523320101151 NGUYEN VAN TAM chuyen FT12345678901234; tai Napas',
    { payerName: 'Nguyen Van Tam', bankRef: 'FT12345678901234' },
  ],
  // NAPAS.
  [
    'Chuyen tien den tu NAPAS Noi dung: TRAN NGOC KHUE TU CHUYEN KHOAN- 120924-23:21:31 767817 (ct1111)',
    { payerName: 'Tran Ngoc Khue', bankRef: '767817' },
  ],
  [
    'Chuyen tien den tu NAPAS Noi dung: IBFT gop chut tam long cung ba con vung lu (ct1111)',
    { payerName: null, bankRef: null, driveText: 'gop chut tam long cung ba con vung lu' },
  ],
  [
    '884114.100924.223854.DANG DAO THANH NHAN chuyen FT24255276428461',
    { payerName: 'Dang Dao Thanh Nhan', bankRef: 'FT24255276428461' },
  ],
  ['884140.100924.223855.Nga Pham chuyen tien', { payerName: 'Nga Pham', bankRef: '884140.100924.223855' }],
  ['243304.100924.223855.Ung ho dong bao bi bao lu', { payerName: null, bankRef: '243304.100924.223855' }],
  [
    '0200970422091322563320241ODG844486.69891.225634.NGUYEN VU DUC MINH chuyen tien ho tro dong bao bi thiet hai boi bao Yagi',
    { payerName: 'Nguyen Vu Duc Minh', bankRef: '0200970422091322563320241ODG844486' },
  ],
  [
    '020097040509041008052024HEVJ019980.37909 .100752.Vietcombank:0011001932418:TRAN THI ANH NGUYET chuyen tien',
    { payerName: 'Tran Thi Anh Nguyet', driveText: 'TRAN THI ANH NGUYET chuyen tien' },
  ],
  [
    '020097042209081739582024FQHE408928.7578 6.173958.Gia dinh NGUYEN VU THU HUONG chuyen tien UNG HO KHAC PHUC CON BAO SO 3 YAGI',
    { payerName: 'Nguyen Vu Thu Huong' },
  ],
  // Wallets.
  [
    '66693414954-0329756310-NGOC THI PHUONG chuyen tien qua MoMo; thoi gian GD:12/09/2024 23:19:07',
    { payerName: 'Ngoc Thi Phuong', bankRef: '66693414954', payerBank: 'MoMo', payerAccount: null },
  ],
  [
    'PARTNER.DIRECT_DEBITS_VCB.ZLP.ZP6R 34H953F5.20240901.Nguyet chuyen tien qua Zalopay',
    { payerName: null, bankRef: 'ZP6R34H953F5', payerBank: 'ZaloPay' },
  ],
  // BIDV: masked accounts, interbank ids and timestamps.
  [
    'TKThe :0091000639xxx, tai VCB. MBVCB.6988293532.235166.cam nhung ung ho ba con lu lut.CT tu 0091000639xxx TRAN THI CAM NHUNG toi 1261122666 UBTW MTTQ VIET NAM tai BIDV -CTLNHIDI000009811425241-1/1-CRE-002; thoi gian GD:09/09/2024 23:',
    {
      payerName: 'Tran Thi Cam Nhung',
      bankRef: 'MBVCB.6988293532.235166',
      payerAccount: '0091*********',
      payerBank: 'Vietcombank',
      driveText: 'cam nhung ung ho ba con lu lut',
    },
  ],
  [
    '0501000016xxx TKThe :0501000016xxx, tai VCB. NGUYEN VAN BINH ung ho FT24254608201092',
    {
      payerName: 'Nguyen Van Binh',
      bankRef: 'FT24254608201092',
      payerAccount: '0501*********',
      payerBank: 'Vietcombank',
    },
  ],
  [
    'TKThe :5002567686xxx, tai Agribank. BIDV;1261122666; vk ck Chiec Luan xin gui chut tam long nho den voi ba con mien Bac - CTLNHIDI000009908356542-1/1-CRE-002',
    { payerName: null, bankRef: 'CTLNHIDI000009908356542', payerBank: 'Agribank', payerAccount: '5002*********' },
  ],
  [
    '1261122666 NGUYEN THI HUYEN TRANG Chuyen tien; thoi gian GD:09092024 23:55:31',
    { payerName: 'Nguyen Thi Huyen Trang', payerAccount: null },
  ],
  ['185 BINH LONG NGUOI GUI NGUYEN THANH NHAN CUU TRO LU LUT', { payerName: 'Nguyen Thanh Nhan' }],
  [
    'SMB-TkThe :0386883005, tai MSCBVNVX. PHUNG MINH VU Chuyen tien',
    { payerName: 'Phung Minh Vu', payerAccount: '*******005', payerBank: 'MB' },
  ],
  [
    'Omni Channel-TKThe :0363067975, tai ICBVVNVX. NGUYEN THAI HUNG CHUYEN TIEN -020097048806160729032025rC6v011964-1/2-PMT-002',
    { payerName: 'Nguyen Thai Hung', bankRef: '020097048806160729032025rC6v011964', payerBank: 'VietinBank' },
  ],
  [
    'TKThe :19021015184017, tai Techcombank. PHAM THI NGOC BICH chuyen tien FT26071809742974',
    {
      payerName: 'Pham Thi Ngoc Bich',
      bankRef: 'FT26071809742974',
      payerAccount: '1902*******017',
      payerBank: 'Techcombank',
    },
  ],
  [
    'REM Tfr Ac: 31010001893804 P31066 CAU PHA-XNCT 9 THANHTOAN',
    { payerAccount: '3101*******804', payerBank: 'BIDV', payerName: null },
  ],
  // Agribank: short texts with a trace number.
  ['Trace 123456 LE VAN HUNG ung ho', { payerName: 'Le Van Hung', bankRef: '123456' }],
  [
    'IBAGRIBANK 2882370 NGUYEN THI HONG DUYEN ung ho cac tinh bi bao lu',
    { payerName: 'Nguyen Thi Hong Duyen', bankRef: '2882370', payerBank: 'Agribank' },
  ],
  ['NGUYEN THI HONG DUYEN ung ho cac tinh bi bao lu', { payerName: 'Nguyen Thi Hong Duyen', bankRef: null }],
  // Techcombank and MB: FT references.
  ['HOANG THI LAN chuyen tien ung ho FT24254123456789', { payerName: 'Hoang Thi Lan', bankRef: 'FT24254123456789' }],
  ['MBBANK IBFT VU DINH KHOA chuyen tien ung ho mien bac', { payerName: 'Vu Dinh Khoa', payerBank: 'MB' }],
  // Plain texts.
  [
    'NGUYEN THI HOA ung ho dong bao bao lu',
    { payerName: 'Nguyen Thi Hoa', driveText: 'NGUYEN THI HOA ung ho dong bao bao lu' },
  ],
  ['nguyen thi hoa ung ho mien trung', { payerName: 'Nguyen Thi Hoa' }],
  ['Nguyễn Thị Thu Hà ủng hộ đồng bào bão lũ', { payerName: 'Nguyễn Thị Thu Hà' }],
  ['ĐỖ MẠNH HÙNG ủng hộ bão số 3', { payerName: 'Đỗ Mạnh Hùng' }],
  ['UNG HO DONG BAO MIEN BAC', { payerName: null }],
  ['ck ung ho mien trung yagi bao so 3', { payerName: null }],
  ['Chuc ba con binh an', { payerName: null }],
  // Organisations keep their words (even "mien trung") and acronyms.
  ['CONG TY TNHH XAY DUNG MIEN TRUNG ung ho dong bao bao lu', { payerName: 'Cong Ty TNHH Xay Dung Mien Trung' }],
  ['CTY CP DAU TU AN PHAT chuyen tien ung ho', { payerName: 'Cty CP Dau Tu An Phat' }],
  // A phone number is never part of a name.
  ['NGUYEN VAN AN 0912345678 ung ho bao lu', { payerName: 'Nguyen Van An' }],
  ['0987654321 TRAN THI BICH ung ho', { payerName: 'Tran Thi Bich' }],
  ['LE MINH TRI sdt 0903123456 ck ung ho', { payerName: 'Le Minh Tri' }],
  // Anonymity asked for: no name even when the bank prints the holder's.
  ['An danh ung ho dong bao bao lu', { anonymous: true, payerName: null }],
  ['NHT ung ho', { anonymous: true, payerName: null }],
  ['Nha hao tam ung ho mien bac', { anonymous: true, payerName: null }],
  ['xin khong ghi ten ung ho ba con', { anonymous: true, payerName: null }],
  ['Ẩn danh ủng hộ', { anonymous: true, payerName: null }],
  [
    'MBVCB.7018039309.694302.an danh.CT tu 0011004123456 NGUYEN VAN A toi 0011001932418 MAT TRAN TO QUOC VN',
    { anonymous: true, payerName: null, bankRef: 'MBVCB.7018039309.694302', payerAccount: '0011******456' },
  ],
  // Drive codes stay in the driveText.
  ['TRAN VAN TUAN ung ho VNN2026', { payerName: 'Tran Van Tuan', driveText: 'TRAN VAN TUAN ung ho VNN2026' }],
  ['', { payerName: null, bankRef: null, payerAccount: null, payerBank: null, anonymous: false, driveText: '' }],
];

describe('readTransferText', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(readTransferText(text)).toMatchObject(expected);
  });

  it('finds a drive code in the driveText of every bank shape', () => {
    for (const text of [
      'MBVCB.7018039309.694302.VNN2026 ung ho.CT tu 0011004123456 NGUYEN VAN A toi 0011001932418 MAT TRAN',
      'CT nhanh 247 den: MBVCB.7018039309.694302. VNN2026 chuyen tien. NGUYEN TRONG NGHIA',
      'TKThe :0501000016xxx, tai VCB. NGUYEN VAN BINH VNN2026 FT24254608201092',
      'Trace 882371 LE VAN HUNG VNN2026',
    ])
      expect(findDriveCodes(readTransferText(text).driveText, ['VNN2026'])).toEqual(['VNN2026']);
  });

  it('never keeps a full account number or a phone number in what it returns', () => {
    for (const [text] of CASES) {
      const r = readTransferText(text);
      expect(JSON.stringify([r.payerName, r.payerAccount])).not.toMatch(/\d{8,}/);
      expect(r.payerName ?? '').not.toMatch(/\d/);
    }
  });
});

describe('maskAccount', () => {
  it.each([
    ['0011004123456', '0011******456'],
    ['0501000016xxx', '0501*********'],
    ['109882673***', '*********'.padEnd(12, '*')],
    ['0386883005', '*******005'],
    ['31010001893804', '3101*******804'],
    ['12345', null],
    ['ABCDEFGH', null],
  ])('%s → %s', (raw, masked) => {
    expect(maskAccount(raw)).toBe(masked);
  });
});
