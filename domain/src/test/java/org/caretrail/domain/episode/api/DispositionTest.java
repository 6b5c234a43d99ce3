package org.caretrail.domain.episode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DispositionTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "02", "03", "04", "05", "06", "07", "09", "20", "21", "30", "40",
            "41", "42", "43", "50", "51", "61", "62", "63", "64", "65", "66", "69", "70", "81", "82",
            "85", "88", "90", "94", "95"})
    void everyUb04CodeOfTheMeasuresListIsAccepted(String code) {
        assertThat(Disposition.isValid(code)).isTrue();
        assertThat(Disposition.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1", "08", "10", "22", "67", "71", "80", "96", "99", " 01", "AB"})
    void anyOtherCodeIsRejectedNamingTheDispositionField(String code) {
        assertThat(Disposition.isValid(code)).isFalse();
        assertThatThrownBy(() -> Disposition.of(code))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("disposition"));
    }
}
