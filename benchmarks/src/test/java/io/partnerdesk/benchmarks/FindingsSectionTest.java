package io.partnerdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The report repeats the README's findings: exactly that section, and the real README has one. */
class FindingsSectionTest {

    @Test
    void theSectionUpToTheNextSecondLevelHeading() {
        String readme = "# Benchmarks\n\n## Method\n\ntext\n\n" + MarkdownReport.FINDINGS_HEADING
                + "\n\n### Issue 1\n\n| change | before → after |\n\n## Layout\n\nmore\n";

        assertThat(MarkdownReport.findings(readme)).isEqualTo("\n### Issue 1\n\n| change | before → after |\n\n");
        assertThat(MarkdownReport.findings("# no findings here\n")).isEmpty();
    }

    @Test
    void theReadmeHasFindingsForTheReportToRepeat() throws Exception {
        String findings = MarkdownReport.findings(Files.readString(Path.of("README.md")));

        assertThat(findings).contains("### Issue 22", "| change | where it showed |").doesNotContain("\n## ");
    }
}
