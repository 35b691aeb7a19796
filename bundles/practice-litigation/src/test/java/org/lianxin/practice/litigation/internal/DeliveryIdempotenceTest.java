package org.lianxin.practice.litigation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.practice.litigation.internal.jpa.ProcuratorialEntity;

public class DeliveryIdempotenceTest {

    @Test
    public void aSecondDeliveryDoesNotRegisterTheSuggestionAgain() {
        List<NewSuggestion> registered = new ArrayList<>();
        SuggestionService core = (SuggestionService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SuggestionService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("register")) {
                        registered.add((NewSuggestion) args[0]);
                        return suggestion(100L + registered.size());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ProcuratorialEntity p = new ProcuratorialEntity();
        p.procuratorate = "杜集区人民检察院";
        p.caseNo = "杜检行公建〔2024〕8号";
        p.title = "关于持续改善城乡人居环境的建议";
        p.content = "完善城乡垃圾收运处置体系";
        p.regionId = 5;
        p.category = "ENVIRONMENT";
        p.deputyIds = "12,7";

        DeputyCourier.convert(p, core, "staff");
        assertEquals(Long.valueOf(101), p.suggestionId);
        assertNotNull(p.convertedAt);
        // retried after a crash between delivery and marking, or by a second node: nothing registered twice
        DeputyCourier.convert(p, core, "staff");
        assertEquals(1, registered.size());
        assertEquals(Long.valueOf(101), p.suggestionId);
        assertEquals(List.of(12L, 7L), registered.get(0).deputyIds());
        assertEquals(5L, registered.get(0).regionId());
    }

    private static Suggestion suggestion(long id) {
        Object[] args = new Object[Suggestion.class.getRecordComponents().length];
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = Suggestion.class.getRecordComponents()[i].getType();
            args[i] = types[i] == long.class ? (Object) 0L : types[i] == int.class ? (Object) 0
                    : types[i] == boolean.class ? (Object) false : types[i] == List.class ? List.of() : null;
        }
        args[0] = id;
        try {
            return Suggestion.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
