"""Writes tests/heldout68/gold/nNN.csv from the hand annotations below (run from the worktree root).
Each tuple: (section, indicator_zh, kind, year, period, comparator, value, value_high, unit, quote, notes, city)"""
import csv, os
H = 'doc,city,section,indicator_zh,kind,year,period,comparator,value,value_high,unit,quote,notes'.split(',')
G = {}

G['n01'] = ('Sihong', [
 ('一、幼儿园布局规划', '城区幼儿园年度开工数', 'target', '2016', '', '=', '6', '', '所', '每年开工园所数分别为6所、8所、4所、2所、2所', '2016 figure of the 2016-2020 series; 2016 was already past when the forum post (2017-02) was written, but it is part of the layout plan; place inferred from 我县城区 + title 泗洪县城'),
 ('一、幼儿园布局规划', '城区幼儿园年度开工数', 'target', '2017', '', '=', '8', '', '所', '每年开工园所数分别为6所、8所、4所、2所、2所', '2017 figure of the series (分别)'),
 ('一、幼儿园布局规划', '城区幼儿园年度开工数', 'target', '2018', '', '=', '4', '', '所', '每年开工园所数分别为6所、8所、4所、2所、2所', '2018 figure of the series (分别)'),
 ('一、幼儿园布局规划', '城区幼儿园年度开工数', 'target', '2019', '', '=', '2', '', '所', '每年开工园所数分别为6所、8所、4所、2所、2所', '2019 figure of the series (分别)'),
 ('一、幼儿园布局规划', '城区幼儿园年度开工数', 'target', '2020', '', '=', '2', '', '所', '每年开工园所数分别为6所、8所、4所、2所、2所', '2020 figure of the series (分别)'),
 ('一、幼儿园布局规划', '城区新建幼儿园总数', 'target', '2020', '2016-2020', '=', '22', '', '所', '待22所幼儿园建成后', 'sum of the yearly series 6+8+4+2+2'),
 ('新建学校概况', '五里江学校计划投资额', 'target', '2018', '', '~', '6000', '', '万元', '计划投资额约为6000万元', 'project 2017-03 to 2018-05; year = planned completion (竣工) year'),
 ('新建学校概况', '衡山路学校计划投资额', 'target', '2018', '', '=', '1.2', '', '亿元', '计划投资额1.2亿元', 'project 2017-03 to 2018-05; year = planned completion (竣工) year'),
])

G['n02'] = ('Qingtian', [
 ('一、学校布局调整和投资的历史成就', '小学数量', 'actual', '1988', '', '=', '849', '', '所', '从1988年的849所减至2010年的32所', 'review section of the 2010-2020 layout plan'),
 ('一、学校布局调整和投资的历史成就', '小学数量', 'actual', '2010', '', '=', '32', '', '所', '从1988年的849所减至2010年的32所', 'review section'),
 ('一、学校布局调整和投资的历史成就', '小学学生人数', 'actual', '1988', '', '=', '56913', '', '人', '学生人数从1988年的56913人减至2010年的27731人', 'primary-school pupils (context: 小学)'),
 ('一、学校布局调整和投资的历史成就', '小学学生人数', 'actual', '2010', '', '=', '27731', '', '人', '学生人数从1988年的56913人减至2010年的27731人', 'primary-school pupils'),
 ('一、学校布局调整和投资的历史成就', '小学入学率', 'actual', '1988', '', '=', '97.1', '', '%', '入学率则从1988年的97.1%提高到2010年的100%', ''),
 ('一、学校布局调整和投资的历史成就', '小学入学率', 'actual', '2010', '', '=', '100', '', '%', '入学率则从1988年的97.1%提高到2010年的100%', 'capture runs 100% straight into 2001年 (sentence break lost: 100%2001年)'),
 ('一、学校布局调整和投资的历史成就', '生产总值', 'actual', '2010', '', '=', '111.4', '', '亿元', '2010年全县实现生产总值111.4亿元', 'economic context inside the education plan\'s review section; kept as an actual of the review section (see README Ambiguous)'),
 ('一、学校布局调整和投资的历史成就', '人均生产总值(按户籍人口)', 'actual', '2010', '', '=', '21800', '', '元', '全县人均生产总值按户籍人口计算为21800元', 'economic context in the review section'),
 ('一、学校布局调整和投资的历史成就', '财政总收入', 'actual', '2010', '', '=', '12.30', '', '亿元', '实现财政总收入12.30亿元', 'economic context in the review section'),
 ('一、学校布局调整和投资的历史成就', '财政总收入增长率', 'actual', '2010', '', '=', '7.1', '', '%', '实现财政总收入12.30亿元,增长7.1%', 'economic context in the review section'),
 ('一、学校布局调整和投资的历史成就', '地方财政收入', 'actual', '2010', '', '=', '8.13', '', '亿元', '地方财政收入8.13亿元', 'economic context in the review section'),
 ('一、学校布局调整和投资的历史成就', '地方财政收入增长率', 'actual', '2010', '', '=', '9.9', '', '%', '地方财政收入8.13亿元,增长9.9%', 'economic context in the review section'),
])

G['n03'] = ('Guangdong', [
 ('第二章(四)主要目标: 2012年目标', '高中阶段教育毛入学率', 'target', '2012', '', '>', '85', '', '%', '高中阶段教育毛入学率超过85%', 'province not named in the capture (我省/全省); inferred from 珠江三角洲 and the URL path gdsfgwj (Guangdong provincial documents); excerpt (节录) of the 2010-2020 provincial education plan outline'),
 ('第二章(四)主要目标: 2012年目标', '高等教育毛入学率', 'target', '2012', '', '=', '30', '', '%', '高等教育毛入学率达到30%', ''),
 ('第二章(四)主要目标: 2015年目标', '各县(市、区)高中阶段教育毛入学率', 'target', '2015', '', '>=', '85', '', '%', '高中阶段教育毛入学率均达到85%以上', 'applies to every county (各县(市、区)...均)'),
 ('第二章(四)主要目标: 2015年目标', '高等教育毛入学率', 'target', '2015', '', '=', '36', '', '%', '毛入学率达到36%', 'subject 高等教育 stated earlier in the clause (高等教育人才培养数量和质量...)'),
 ('第二章(四)主要目标: 2020年目标', '高中阶段教育毛入学率', 'target', '2020', '', '>=', '90', '', '%', '高中阶段教育毛入学率达到90%以上', 'capture cut shortly after (建成我国南方重)'),
])

G['n04'] = ('Chongqing', [
 ('序言(一)基本形势 (十一五 review)', '“两基”覆盖率', 'actual', '2010', '', '=', '100', '', '%', '“两基”覆盖率达到100%', 'review of the 十一五 period in the 十二五 education plan (征求意见稿); year = end of 十一五 (2010), not printed'),
 ('序言(一)基本形势 (十一五 review)', '初中毕业生升入高中阶段学校的比例', 'actual', '2010', '', '=', '90', '', '%', '初中毕业生升入高中阶段学校的比例达到90%', 'year = end of 十一五 (2010), not printed'),
 ('序言(一)基本形势 (十一五 review)', '高等教育毛入学率', 'actual', '2010', '', '=', '30', '', '%', '高等教育毛入学率达到30%', 'year = end of 十一五 (2010), not printed'),
])

Z = 'place not named in the capture (县城区/县教育局); inferred as Zhangpu from 绥安中学 (绥安 is the county seat of Zhangpu) and the host zpxww (漳浦新闻网)'
G['n05'] = ('Zhangpu', [
 ('lead', '县城区新建小学数量', 'target', '', '', '=', '3', '', '所', '县城区将规划新建三所小学', 'Chinese numeral 三; year not stated (the three schools start 2015-2017); ' + Z),
 ('根据规划', '县城区新建小学数量', 'target', '', '', '=', '3', '', '所', '县城区新建的三所小学分布在', 'restates 县城区将规划新建三所小学'),
 ('北部(县实验小学城北分校)', '城北分校校园规划占地面积', 'target', '2015', '', '=', '24', '', '亩', '校园规划占地24亩', 'year = planned start year (规划2015年开工建设)'),
 ('北部(县实验小学城北分校)', '城北分校教学班数', 'target', '2015', '', '=', '24', '', '个', '计划开设24个教学班', 'year = planned start year'),
 ('北部(县实验小学城北分校)', '城北分校增加学位', 'target', '2015', '', '=', '1080', '', '个', '增加学位1080个', 'year = planned start year'),
 ('北部(县实验小学城北分校)', '城北分校新建校舍建筑面积', 'target', '2015', '', '=', '6155', '', '平方米', '新建校舍建筑面积6155平方米', 'year = planned start year'),
 ('北部(县实验小学城北分校)', '城北分校计划投资', 'target', '2015', '', '=', '1200', '', '万元', '计划投资1200万元', 'year = planned start year'),
 ('北部(县实验小学城北分校)', '城北分校建设周期', 'target', '2015', '', 'range', '1', '2', '年', '建设周期1-2年', 'duration of construction; year = planned start year'),
 ('东部', '东部新建小学教学班数', 'target', '2015', '', '=', '36', '', '个', '规划开设36个教学班', 'year = planned start year (规划2015年开工建设)'),
 ('东部', '东部新建小学学位', 'target', '2015', '', '=', '1620', '', '人', '学位1620人', 'unit written as 人'),
 ('东部', '东部新建小学校舍建筑面积', 'target', '2015', '', '=', '10500', '', '平方米', '计划建设校舍10500平方米', ''),
 ('东部', '东部新建小学投资', 'target', '2015', '', '=', '1700', '', '万元', '投资1700万元', ''),
 ('东部', '东部新建小学建设周期', 'target', '2015', '', 'range', '2', '3', '年', '建设周期2-3年', 'duration of construction'),
 ('东南部', '东南部新建小学教学班数', 'target', '2017', '', '=', '30', '', '个', '规划开设30个教学班', 'year = planned start year (规划2017年开工建设)'),
 ('东南部', '东南部新建小学学位', 'target', '2017', '', '=', '1400', '', '人', '学位1400人', 'unit written as 人'),
 ('东南部', '东南部新建小学校舍建筑面积', 'target', '2017', '', '=', '8760', '', '平方米', '计划建设校舍8760平方米', ''),
 ('东南部', '东南部新建小学投资', 'target', '2017', '', '=', '1600', '', '万元', '投资1600万元', ''),
])

G['n06'] = ('Changning', [
 ('headline', '城北教育园区总投资', 'target', '2016', '', '=', '5.1', '', '亿元', '总投资5.1亿元的城北教育园区', 'planned total investment of the education park (due in use end of Sept 2016); county named only via 昌宁三中, host yncn.gov.cn (茶乡 = Changning)'),
 ('body', '城北教育园区规划学校数', 'target', '2016', '', '=', '7', '', '所', '五类7所学校的教育园区', 'planned schools in the park (幼儿园、小学、初中、高中、特殊教育)'),
 ('body', '城北教育园区总投资', 'target', '2016', '', '=', '5.1', '', '亿元', '园区建设总投资5.1亿元', 'restates 总投资5.1亿元的城北教育园区'),
 ('body', '城北教育园区占地面积', 'target', '2016', '', '=', '600', '', '亩', '占地面积600亩', 'planned site area'),
 ('body', '城北教育园区可容纳在校学生', 'target', '2016', '', '>=', '1.6', '', '万人', '建成后可容纳在校学生1.6万人以上', ''),
 ('body', '思源实验学校总投资', 'target', '2016', '', '=', '1.26', '', '亿元', '总投资1.26亿元的思源实验学校', 'school planned to open Sept 2016 (计划2016年9月份投入使用)'),
])

G['n07'] = ('Kaihua', [
 ('headline', '农村寄宿学校改造投资(3年)', 'target', '2020', '2018-2020', '=', '1000', '', '萬元', '3年投1000萬元改造農(nóng)村寄宿學(xué)校', 'traditional characters with pinyin-like residue (農(nóng)); 3-year programme begun 2018 (2018年初...決心), ends 2020'),
 ('2019 plan (二期)', '二期改造寄宿制学校宿舍数', 'target', '2019', '', '=', '4', '', '所', '等4所寄宿制學(xué)校宿舍', '2019 second phase'),
 ('2019 plan', '寄宿学校宿舍改造累计投资', 'target', '2020', '2018-2020', '=', '1000', '', '萬元', '實(shí)現(xiàn)投資1000萬元', 'restates 3年投1000萬元改造農(nóng)村寄宿學(xué)校 (預計到2020年)'),
])

F = 'article year not in the capture (今年的5月11号); year left empty'
G['n08'] = ('Fenyi', [
 ('project', '庄塘中学项目总投资', 'target', '', '', '=', '3', '', '亿元', '该项目的总投资金额高达3亿元', F),
 ('project', '庄塘中学占地面积', 'target', '', '', '=', '150', '', '亩', '占地面积达到了150亩', F),
 ('project', '庄塘中学建筑面积', 'target', '', '', '~', '6.6', '', '万平方米', '建筑面积大概是6.6万平方米', F + '; 大概 -> ~'),
 ('project', '庄塘中学教学班数', 'target', '', '', '=', '80', '', '个', '开设80个教学班级', F),
 ('project', '庄塘中学学位数', 'target', '', '', '=', '4000', '', '个', '一共能够提供4000个优质学位', F + '; capture ends right after 学位'),
])

G['n09'] = ('Hengxian', [
 ('results paragraph (2014年以来)', '教育项目累计筹措资金', 'actual', '2018', '2014-2018', '>', '11.4', '', '亿元', '横县先后筹措11.4亿多元', '11.4亿多 -> >; news report on 义务教育均衡发展 results (2018-10, year from URL)'),
 ('results paragraph', '生均教学及教学辅助用房建筑面积达标学校数', 'actual', '2018', '', '=', '197', '', '所', '建筑面积已达标学校197所', ''),
 ('results paragraph', '教师岗位设置达标学校数', 'actual', '2018', '', '=', '238', '', '所', '教师岗位设置达标学校238所', ''),
 ('results paragraph', '义务教育均衡发展工作公众满意度', 'actual', '2017', '', '=', '98.78', '', '%', '公众满意度为98.78%', 'from the autonomous-region assessment passed 去年 (2017); year inferred'),
 ('今年以来', '义务教育学校仪器设备使用率', 'target', '2018', '', '=', '100', '', '%', '力争到秋季学期仪器设备使用率达到100%', 'autumn term 2018'),
])

G['n10'] = ('Hohhot', [
 ('headline', '新建续建中小学数', 'target', '2022', '', '=', '33', '', '所', '呼和浩特新建續(xù)建中小學33所', 'traditional characters with residue (續(xù))'),
 ('headline', '新建续建幼儿园数', 'target', '2022', '', '=', '19', '', '所', '幼兒園19所!具體', ''),
 ('body', '新建续建中小学数', 'target', '2022', '', '=', '33', '', '所', '2022年我市將啟動新建續(xù)建中小學33所', 'restates 呼和浩特新建續(xù)建中小學33所'),
 ('body', '新建续建幼儿园数', 'target', '2022', '', '=', '19', '', '所', '中小學33所、幼兒園19所。', 'restates 幼兒園19所!具體'),
 ('projects by unit', '直属学校新建续建项目数', 'target', '2022', '', '=', '4', '', '個', '直屬學校項目4個', 'city-level direct schools; the eight unit counts sum to 52 = 33 + 19'),
])
# district rows carry their own city
G['n10_extra'] = [
 ('Xincheng District', 'projects by unit', '新城区新建续建项目数', 'target', '2022', '', '=', '13', '', '個', '新城區(qū)項目13個', '新城区 of Hohhot'),
 ('Huimin District', 'projects by unit', '回民区新建续建项目数', 'target', '2022', '', '=', '8', '', '個', '回民區(qū)項目8個', '回民区 of Hohhot'),
 ('Yuquan District', 'projects by unit', '玉泉区新建续建项目数', 'target', '2022', '', '=', '6', '', '個', '玉泉區(qū)項目6個', '玉泉区 of Hohhot'),
 ('Saihan District', 'projects by unit', '赛罕区新建续建项目数', 'target', '2022', '', '=', '11', '', '個', '賽罕區(qū)項目11個', '赛罕区 of Hohhot'),
 ('Tumed Left Banner', 'projects by unit', '土左旗新建续建项目数', 'target', '2022', '', '=', '8', '', '個', '土左旗項目8個', '土默特左旗 of Hohhot'),
 ('Horinger County', 'projects by unit', '和林县中小学项目数', 'target', '2022', '', '=', '1', '', '個', '和林縣中小學項目1個', '和林格尔县 of Hohhot'),
 ('Horinger County (Helin New Area)', 'projects by unit', '和林新区中小学项目数', 'target', '2022', '', '=', '1', '', '個', '和林新區(qū)中小學項目1個', '和林新区 (new area in 和林格尔县)'),
]

G['n11'] = ('Hunan', [
 ('lead', '扩充优质普通高中公办学位', 'target', '2026', '', '=', '8', '', '萬個', '擴充優質普通高中公辦學位8萬個', 'one of the province\'s 2026 ten livelihood projects (今年 = 2026, date of the issue)'),
 ('lead', '中小学食堂提质升级数', 'target', '2026', '', '=', '1000', '', '所', '同步推進1000所中小學食堂提質升級', ''),
 ('lead', '新增省属高校校舍面积', 'target', '2026', '', '=', '30', '', '萬平方米', '食堂提質升級、新增省屬高校校舍面積30萬平方米', ''),
 ('measures (二是)', '中央和省级普通高中补助资金', 'target', '2026', '', '=', '8', '', '億元', '中央和省級補助資金8億元', 'funding for the high-school places'),
 ('canteens', '中小学食堂提质升级数', 'target', '2026', '', '=', '1000', '', '所', '提質升級1000所中小學校食堂', 'restates 同步推進1000所中小學食堂提質升級'),
 ('canteens', '中小学食堂提质升级省级资金', 'target', '2026', '', '=', '3.6', '', '億元', '安排資金3.6億元', ''),
 ('canteens', '中小学食堂提质升级数', 'target', '2026', '', '=', '1000', '', '所', '支持1000所中小學校食堂提質升級', 'restates 同步推進1000所中小學食堂提質升級'),
 ('canteens', '新建或改扩建食堂数', 'target', '2026', '', '=', '200', '', '所', '新建或改擴建食堂200所', ''),
 ('canteens', '添置更新设施设备食堂数', 'target', '2026', '', '=', '800', '', '所', '添置更新設施設備食堂800所', ''),
 ('canteens', '新增省属高校校舍面积', 'target', '2026', '', '=', '30', '', '萬平方米', '湖南還將新增省屬高校校舍面積30萬平方米', 'restates 食堂提質升級、新增省屬高校校舍面積30萬平方米 (lead)'),
])

G['n12'] = ('Shaanxi', [
 ('body', '新建改扩建幼儿园数', 'target', '2014', '', '=', '150', '', '所', '新建、改扩建150所幼儿园', 'provincially supported projects of 2014 (news of 2014-11-10)'),
 ('body', '新建改扩建城区小学数', 'target', '2014', '', '=', '50', '', '所', '50所城区小学', ''),
 ('body', '新建改扩建城区中学数', 'target', '2014', '', '=', '50', '', '所', '50所城区中学', ''),
 ('body', '项目总投资', 'target', '2014', '', '=', '13.3', '', '亿元', '明确项目总投资13.3亿元', ''),
 ('body', '省政府补助资金', 'target', '2014', '', '=', '6.7', '', '亿元', '其中省政府补助6.7亿元', ''),
])

os.makedirs('tests/heldout68/gold', exist_ok=True)
for d in ['n%02d' % i for i in range(1, 13)]:
    city, rows = G[d]
    out = []
    for r in rows:
        out.append([d + '.txt', city, *r])
    if d == 'n10':
        for r in G['n10_extra']:
            out.append([d + '.txt', *r])
    with open(f'tests/heldout68/gold/{d}.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(H)
        w.writerows(out)
    print(d, len(out))
