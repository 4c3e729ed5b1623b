package org.jixiao.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OccurrencesTests {

    private static List<String> found(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + ":" + m.group()).toList();
    }

    private static void assertSameAsFind(String pattern, String firstCharacters, String text) {
        Pattern p = Pattern.compile(pattern);
        assertThat(found(Occurrences.of(p, text, firstCharacters))).isEqualTo(found(p.matcher(text).results().toList()));
    }

    @Test
    void findsWhatFindFindsWhereTheFirstCharactersStand() {
        assertSameAsFind("(万元){2,}|%{2,}|％{2,}|(?<!万)(元){2,}", "万元%％", "支出100万元万元，增长5%%，另有20元元；万元元万元万元");
        assertSameAsFind("其中[:：,，]?|具体明细项目为[:：]?|\\(含|主要用于以下方面[:：]?", "其具(主",
                "收入1474.07万元，其中：财政拨款1406.53万元(含结转12.00万元)，主要用于以下方面：其中其中");
    }

    @Test
    void letsLookBehindsSeeTheTextBeforeTheTriedPlace() {
        assertSameAsFind("(?<![A-Za-z])(X{2,}|x{2,})(?![A-Za-z])", "Xx", "填写XX，aXX，XXb，xx。");
    }

    @Test
    void findsNothingInTextWithoutAFirstCharacter() {
        assertThat(Occurrences.of(Pattern.compile("其中"), "本年收入合计", "其")).isEmpty();
    }
}
