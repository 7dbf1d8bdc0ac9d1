"""Traditional Chinese characters read as simplified ones, for matching.

Official notices from Taiwan (and some from Hong Kong and Macau) are written in traditional
characters, while the watchlist's Chinese aliases and the cross-language cues
(:mod:`nlp.crosslingual`) are written in simplified ones. :func:`to_simplified` maps the
traditional characters those cues and the usual vocabulary of policy documents use to their
simplified forms, character by character: a small table written for this domain, not a full
converter (no phrase-level conversions, and characters whose simplified form depends on the word
are left out).
"""

from __future__ import annotations

# Pairs of (traditional, simplified), one character each.
_PAIRS = (
    "萬万與与專专業业東东兩两嚴严個个豐丰臨临為为麗丽舉举義义烏乌樂乐喬乔習习書书買买亂乱"
    "爭争於于虧亏雲云亞亚產产畝亩親亲億亿僅仅從从倉仓儀仪們们價价眾众優优夥伙會会傘伞偉伟"
    "傳传傷伤倫伦偽伪體体餘余傭佣來来係系俠侠側侧倆俩債债傾倾儲储兒儿黨党蘭兰關关興兴茲兹"
    "養养獸兽內内岡冈冊册寫写軍军農农馮冯衝冲決决況况凍冻淨净涼凉減减湊凑凜凛幾几鳳凤憑凭"
    "凱凯擊击鑿凿劃划則则剛刚創创刪删別别剎刹劑剂劍剑劇剧勸劝辦办務务勢势動动勵励勞劳勁劲"
    "勝胜區区醫医華华協协單单賣卖盧卢衛卫卻却廠厂廳厅歷历厲厉壓压厭厌縣县參参雙双發发變变"
    "敘叙臺台葉叶號号嘆叹嗎吗啟启吳吴員员聽听嚇吓嗚呜響响問问啞哑喚唤團团園园圍围圖图圓圆"
    "聖圣場场壞坏塊块堅坚壇坛壩坝墳坟墜坠壘垒壟垄執执報报堯尧場场塵尘牆墙聲声處处備备復复"
    "複复頭头誇夸夾夹奪夺奮奋獎奖妝妆婦妇媽妈嬰婴孫孙學学寧宁寶宝實实寵宠審审憲宪宮宫寬宽"
    "賓宾寢寝對对尋寻導导屆届層层屬属歲岁島岛嶺岭幣币師师帳帐帶带幫帮廣广莊庄慶庆廬庐庫库"
    "應应廟庙廢废開开異异棄弃張张彌弥彎弯強强歸归當当錄录彙汇徹彻徑径從从後后憶忆憂忧懷怀"
    "態态總总戀恋惡恶惱恼悅悦懸悬驚惊慣惯懶懒戲戏戰战戶户撲扑執执擴扩掃扫揚扬擾扰撫抚搶抢"
    "護护報报擔担擬拟攏拢擁拥攔拦擇择掛挂擋挡揮挥損损換换搗捣據据擄掳擲掷攝摄擺摆搖摇攜携"
    "撐撑數数斂敛斷断無无舊旧時时曠旷曉晓晝昼顯显暫暂術术機机殺杀權权條条來来楊杨極极構构"
    "槍枪樣样檔档檢检歡欢歐欧殘残氣气漢汉匯汇溝沟沒没瀋沈滬沪淚泪潔洁灑洒測测濃浓濟济淺浅"
    "濱滨潤润漲涨漸渐滿满濾滤濫滥潛潜灣湾燈灯靈灵災灾煉炼爐炉點点煙烟熱热愛爱爺爷牽牵"
    "犧牺狀状猶犹獨独獅狮獵猎獻献環环現现瑪玛璽玺瓊琼電电畫画暢畅療疗發发盜盗盡尽監监盤盘"
    "眾众礦矿碼码礎础確确碩硕礙碍禍祸離离禮礼種种稱称積积稅税穩稳窮穷竊窃豎竖競竞筆笔築筑"
    "簡简類类籌筹簽签粵粤糧粮緊紧糾纠紅红約约級级紀纪紡纺納纳純纯紙纸紛纷線线練练組组細细"
    "織织終终紹绍經经結结繞绕繪绘給给絡络絕绝統统繼继績绩續续維维綜综綠绿纜缆編编緣缘縮缩"
    "網网羅罗罰罚罷罢職职聯联肅肃脅胁勝胜腦脑脫脱腳脚艱艰節节藥药莊庄萊莱獲获營营蘋苹"
    "薦荐蒼苍蘇苏藍蓝慮虑虛虚蟲虫蟻蚁補补裝装製制複复襲袭見见觀观規规視视覽览覺觉訂订認认"
    "讓让議议訊讯記记講讲設设訪访證证評评識识訴诉詞词試试誠诚話话詢询該该詳详語语誤误說说"
    "請请諸诸讀读課课調调談谈謀谋謂谓謝谢謠谣譜谱貝贝負负責责貿贸費费貼贴貸贷資资賠赔賽赛"
    "贊赞趨趋踐践軌轨轉转輪轮軟软載载輸输車车邊边過过運运還还這这進进遠远違违連连遲迟適适"
    "選选遞递邏逻郵邮鄰邻釋释鑒鉴鋼钢錢钱鐵铁銀银鏈链銷销鎖锁錯错鋰锂鍺锗鎵镓長长門门閉闭"
    "間间聞闻閱阅隊队陽阳階阶際际陸陆險险隨随隱隐難难霧雾靜静頁页頂顶項项順顺須须顧顾預预"
    "領领題题風风飛飞館馆驅驱驗验駛驶駕驾魚鱼鮮鲜鳥鸟麥麦黃黄齊齐龍龙韓韩準准審审標标緩缓"
    "聯联臉脸騰腾蘋苹營营虛虚記记許许證证謠谣負负貨货貼贴資资達达產产億亿圓圆廠厂術术"
    "處处員员約约夠够純纯據据規规範范圍围裡里鬥斗麵面國国陳陈雜杂態态優优總总營营濟济"
    "鍰锾詐诈騙骗齡龄諮咨"
    # 徵求意見 (a consultation), 標籤 (a label)
    "徵征籤签"
    # 僱主, 僱員 (an employer, an employee, as Hong Kong writes them)
    "僱雇"
    # more of the vocabulary of notices and news: 將 (shall), 計劃 (a plan), 採購, 討論, 比較,
    # 頻率, 賠償, 懲處, 撥款, 譴責, 減輕, 賬戶, 翻譯, 呼籲, 辯論, 活躍, 管轄, 遷移, 賦予, 輔導,
    # 承諾, 門檻, 培訓, 關鍵, 品質, 論壇, 涵蓋, 篩查, 金額, 雖然, 藝術, 觸及, 誘導, 鏡頭 ...
    "將将計计洩泄購购討讨較较頻频償偿懲惩撥拨願愿譴谴輕轻賬账譯译籲吁辯辩躍跃轄辖遷迁"
    "賦赋輔辅揀拣諾诺檻槛訓训鍵键櫃柜質质論论蓋盖馬马篩筛額额雖虽壽寿鄉乡藝艺觸触誘诱"
    "鏡镜顏颜騎骑贈赠賭赌紐纽誕诞繳缴綱纲診诊譽誉貢贡貴贵賴赖輯辑輿舆辭辞遺遗鎮镇鑄铸"
    "閃闪陣阵陰阴頒颁頓顿顆颗飯饭駐驻齒齿奧奥彈弹恆恒慘惨毀毁溫温滅灭澤泽爾尔獄狱畢毕"
    "紋纹緒绪締缔緯纬繩绳脈脉膚肤艙舱蘊蕴誰谁謊谎賺赚贏赢跡迹輛辆邁迈遙遥鈴铃銅铜鋒锋"
    "鋪铺錦锦鍋锅鎊镑鑰钥閣阁陝陕韻韵飲饮飾饰鹽盐鴻鸿"
    # 偵測 (detection: 違規泊車偵測系統), 接駁 (a shuttle), 財政 (public finance), 重疊
    "偵侦駁驳財财疊叠"
)
# Pairs read one way only: the simplified character also stands as it is in traditional text
# (只, 里, 回, 布, 注, 周 ...), or has a traditional form in the table already (裡, 發, 匯, 啟,
# 鑒), so a watchlist name is never written with these (:func:`traditional_forms`). 並無計劃
# (no plan) reads 并无计划; 釐清 (to make clear) reads 厘清 (厘 stands in 公厘, a millimetre).
_ONE_WAY = "並并併并週周註注託托採采佈布誌志隻只裏里迴回髮发鬆松鐘钟麼么滙汇啓启鑑鉴釐厘"
_TABLE = {ord(p[i]): p[i + 1] for p in (_PAIRS, _ONE_WAY) for i in range(0, len(p), 2)}


def to_simplified(text: str) -> str:
    """``text`` with the traditional characters of the table in their simplified forms."""
    return text.translate(_TABLE)


def _traditional_of() -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for i in range(0, len(_PAIRS), 2):
        found.setdefault(_PAIRS[i + 1], {})[_PAIRS[i]] = None
    return {simple: tuple(forms) for simple, forms in found.items()}


_TRADITIONAL = _traditional_of()


def traditional_forms(text: str, limit: int = 8) -> list[str]:
    """``text`` as Taiwan and Hong Kong may write it: its characters in their traditional forms.

    The watchlist's Chinese names are written in simplified characters (台积电, 华为); a notice
    from Taiwan writes 台積電, 華為. Each character of the table may keep its simplified form or
    take a traditional one (台 stays in 台積電 but is 臺 in 臺灣): the forms are every choice, the
    text itself first, at most ``limit`` of them (a name with more such characters keeps
    its all-traditional form only).
    """
    forms = [""]
    for char in text:
        options = (char, *_TRADITIONAL.get(char, ()))
        forms = [f + o for f in forms for o in options]
        if len(forms) > limit:
            whole = "".join(_TRADITIONAL.get(c, (c,))[-1] for c in text)
            return list(dict.fromkeys([text, whole]))
    return forms
