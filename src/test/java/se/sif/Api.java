package se.sif;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;




import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the JSON API as a demo user with HTTP Basic, the way a script would. */
public final class Api {

    public record Response(int status, String body, String contentType) {

        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        public long id() {
            return ((Number) json("$.id")).longValue();
        }
    }

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public Response get(String user, String path) {
        return call(user, MockMvcRequestBuilders.get(path));
    }

    public Response post(String user, String path, String json) {
        return call(user, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public Response put(String user, String path, String json) {
        return call(user, MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Response call(String user, MockHttpServletRequestBuilder request) {
        try {
            if (user != null) {
                request = request.with(httpBasic(user, "demo"));
            }
            MvcResult result = mvc.perform(request.header("Accept-Language", "sv")).andReturn();
            return new Response(result.getResponse().getStatus(),
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8),
                    result.getResponse().getContentType());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
