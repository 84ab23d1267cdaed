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

    public record Response(int status, String body, String contentType, java.util.Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

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

    /**
     * A POST with extra headers, given as name, value, name, value, … (an Accept-Language
     * given here wins).
     */
    public Response post(String user, String path, String json, String... headers) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return call(user, request);
    }

    /**
     * A GET with extra headers, given as name, value, name, value, … (an Accept-Language
     * given here wins).
     */
    public Response get(String user, String path, String... headers) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return call(user, request);
    }

    public Response put(String user, String path, String json) {
        return call(user, MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public Response delete(String user, String path) {
        return call(user, MockMvcRequestBuilders.delete(path));
    }

    /** A multipart POST of one file in the part {@code file}, as a script uploads it. */
    public Response upload(String user, String path, String fileName, byte[] content) {
        return call(user,
                MockMvcRequestBuilders.multipart(path)
                    .file(new org.springframework.mock.web.MockMultipartFile("file", fileName,
                            "application/octet-stream", content)));
    }

    private <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> Response call(
            String user, B request) {
        try {
            if (user != null) {
                request = request.with(httpBasic(user, "demo"));
            }
            if (request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getHeader("Accept-Language") == null) {
                request = request.header("Accept-Language", "sv");
            }
            MvcResult result = mvc.perform(request).andReturn();
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (String name : result.getResponse().getHeaderNames()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), result.getResponse().getHeader(name));
            }
            return new Response(result.getResponse().getStatus(),
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8),
                    result.getResponse().getContentType(), headers);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
