/** Site-wide constants shown in the layout. */
export const SITE_NAME = '预算公开';
export const SITE_DESCRIPTION = '各部门公开的部门预算：收入、支出、三公经费和绩效目标，按部门和年度查阅、核对、下载。';
export const DATA_SOURCE = '数据来源：各部门公开的部门预算文件';
export const DATA_LICENCE = {
  name: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;
export const CODE_LICENCE = 'MIT 许可证';
