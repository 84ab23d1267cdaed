package se.sif.application;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.DomainException;
import se.sif.shared.web.Downloads;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

/**
 * The application page's attachments: upload (a plain multipart form, no script needed),
 * download and removal. A refused file is shown on the application page again with the
 * message beside the file field and in the error summary; nothing else on the page or in
 * the application changes.
 */
@Controller
class AttachmentController {

    static final String FORM = "attachmentForm";

    private final Attachments attachments;

    private final Applications applications;

    private final Flash flash;

    private final ApplicationPage applicationPage;

    AttachmentController(Attachments attachments, Applications applications, Flash flash,
            ApplicationPage applicationPage) {
        this.applicationPage = applicationPage;
        this.attachments = attachments;
        this.applications = applications;
        this.flash = flash;
    }

    @PostMapping("/applications/{id}/attachments")
    String add(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        BindingResult errors = new BeanPropertyBindingResult(new AttachmentForm(), FORM);
        if (file == null || (file.isEmpty() && blank(file.getOriginalFilename()))) {
            errors.rejectValue("file", "attachment.error.required", null, "attachment.error.required");
            return page(id, errors, model);
        }
        try {
            if (file.getSize() > attachments.maxSize()) {
                throw new AttachmentTooLargeException(attachments.maxSize());
            }
            AttachmentView added = attachments.add(id, file.getOriginalFilename(), file.getBytes());
            flash.add(redirect, "attachment.added", added.fileName());
            return "redirect:/applications/" + id + "#attachments";
        }
        catch (DomainException e) {
            FormErrors.reject(errors, e);
            return page(id, errors, model);
        }
    }

    @PostMapping("/applications/{id}/attachments/{attachmentId}/removal")
    String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        try {
            attachments.remove(id, attachmentId);
            flash.add(redirect, "attachment.removed");
        }
        catch (DomainException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/applications/" + id + "#attachments";
    }

    /**
     * Where an upload beyond the limit is sent before it is read
     * ({@link AttachmentUploads}): the application page with the message beside the file
     * field.
     */
    @GetMapping("/applications/{id}/attachments/too-large")
    String tooLarge(@PathVariable long id, Model model) {
        BindingResult errors = new BeanPropertyBindingResult(new AttachmentForm(), FORM);
        FormErrors.reject(errors, new AttachmentTooLargeException(attachments.maxSize()));
        return page(id, errors, model);
    }

    @GetMapping("/applications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return served(attachments.download(id, attachmentId));
    }

    /**
     * A file beyond the multipart limit (which is the attachment limit, so the server
     * never buffers more) is refused while the request is read, before the handler runs:
     * said on the application page like any other refusal, not as the container's error
     * page. The multipart request is resolved lazily so this handler is the controller's.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(MultipartException e, HttpServletRequest request, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
            .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id = Long.parseLong(variables.get("id"));
        BindingResult errors = new BeanPropertyBindingResult(new AttachmentForm(), FORM);
        if (e instanceof MaxUploadSizeExceededException) {
            FormErrors.reject(errors, new AttachmentTooLargeException(attachments.maxSize()));
        }
        else {
            errors.rejectValue("file", "attachment.error.unreadable", null, "attachment.error.unreadable");
        }
        ModelAndView view = new ModelAndView(page(id, errors, model), model.asMap());
        view.setStatus(
                e instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
        return view;
    }

    /**
     * As every download: never shown in the browser, with the type found in the content
     * and kept from any cache between (an attachment may hold personal data).
     */
    static ResponseEntity<byte[]> served(Attachments.Download download) {
        ResponseEntity<byte[]> file = Downloads.attachment(download.content(), download.attachment().mediaType(),
                download.attachment().fileName());
        return ResponseEntity.status(file.getStatusCode())
            .headers(file.getHeaders())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(file.getBody());
    }

    private String page(long id, BindingResult errors, Model model) {
        model.addAttribute("submission", new BeanPropertyBindingResult(new Object(), "submission"));
        model.addAttribute(FORM, new AttachmentForm());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return applicationPage.show(applications.get(id), model);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

}
