package io.sakit.conformance.adapter.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.spec.spi.AdapterConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exec: command line splits like a shell splits simple words and quotes, and quoting reads back to the same words. */
class CommandWordsTest {

    @Test
    void spacesAndTabsSeparateWords() {
        assertThat(CommandWords.split("  /usr/bin/python3\tadapter.py   --bug=x ")).containsExactly("/usr/bin/python3", "adapter.py", "--bug=x");
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertThat(CommandWords.split("run 'a b \\ \"c\"' d")).containsExactly("run", "a b \\ \"c\"", "d");
    }

    @Test
    void doubleQuotesKeepSpacesAndUnescapeQuoteAndBackslash() {
        assertThat(CommandWords.split("run \"a b \\\" \\\\ \\n\"")).containsExactly("run", "a b \" \\ \\n");
    }

    @Test
    void aBackslashOutsideQuotesKeepsTheNextCharacter() {
        assertThat(CommandWords.split("my\\ program x\\'y")).containsExactly("my program", "x'y");
    }

    @Test
    void adjacentPartsFormOneWordAndEmptyQuotesAWord() {
        assertThat(CommandWords.split("a\"b c\"'d' '' e")).containsExactly("ab cd", "", "e");
    }

    @Test
    void shellOperatorsAreOrdinaryCharacters() {
        assertThat(CommandWords.split("x | y > $HOME *")).containsExactly("x", "|", "y", ">", "$HOME", "*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "run 'open", "run \"open", "run trailing\\"})
    void malformedCommandLinesAreRefusedInOneLine(String commandLine) {
        assertThatThrownBy(() -> CommandWords.split(commandLine)).isInstanceOf(AdapterConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void joinedWordsSplitBackToTheSameWords() {
        List<String> words = List.of("/opt/my tool/bin", "it's", "\"q\"", "", "a\\b", "plain-word_1.2=x,y:z");
        assertThat(CommandWords.split(CommandWords.join(words))).isEqualTo(words);
    }
}
