package org.reelpress.comment;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.web.PersonalField;
import org.springframework.stereotype.Component;

/** The comment form's signed time of showing: a page served from a cache still tells the time it was shown. */
@Component
class FormStampField implements PersonalField {

    private final FormTimingCheck timing;

    FormStampField(FormTimingCheck timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "stamp";
    }

    @Override
    public String freshValue(HttpServletRequest request) {
        return timing.stamp();
    }
}
