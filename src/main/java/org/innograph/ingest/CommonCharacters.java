package org.innograph.ingest;

import java.util.BitSet;

/**
 * About 700 of the most frequent characters of modern Chinese (simplified; a traditional
 * character counts through its simplified form). Used only to tell a right decoding from
 * a wrong one.
 */
final class CommonCharacters {

	private static final String COMMON = """
			的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而
			方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好
			应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向
			道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特
			件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队
			南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风
			切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许
			步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列
			习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派
			层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞创企项目浙杭州宁波温湖嘉兴绍台舟衢丽金华
			省区县镇乡村街道园科技研发新型示范改革推进实施完善深化健全加快提升推动落实建设培育打造服务产业集群人才资金
			投入贷款融资成果转化专利标准奖励评价考核验收认定批复名单试点平台载体实验室高校院所企业项目攻关突破核心关键
			战略规划计划目标任务年度同比增长下降累计达到超过以上以下左右约近亿万元亿元家项个位第排名全国全省首次连续获
			评获批入选授予荣获称号优秀先进典型案例模式机制体系工程行动方案政策措施意见通知办法会议部署精神贯彻
			""";

	private static final BitSet SET = new BitSet(0x10000);

	static {
		for (int i = 0; i < COMMON.length(); i++) {
			char c = COMMON.charAt(i);
			if (ChineseCharacters.isHan(c)) {
				SET.set(c);
			}
		}
	}

	private CommonCharacters() {
	}

	static boolean isCommon(char c) {
		return SET.get(c) || SET.get(ChineseCharacters.simplified(c));
	}

}
