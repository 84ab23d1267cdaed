package se.sif.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/applications/{id}/attachments")
@Tag(name = "Attachments",
        description = "An application's attachments: PDF, XLSX, DOCX, ODT and ODS, " + "judged by their content")
class AttachmentApiController {

    private final Attachments attachments;

    private final MessageSource messages;

    AttachmentApiController(Attachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The application's current attachments (whoever may read the application)")
    List<AttachmentView> list(@PathVariable long id) {
        return attachments.of(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @se.sif.shared.web.Created("/api/v1/applications/{id}/attachments/{body.id}")
    @Operation(
            summary = "Add an attachment (the applicant, while the application is theirs to edit): "
                    + "the part 'file'; 422 for a type not accepted or a name that contradicts the content, "
                    + "413 beyond the size limit",
            responses = @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                    content = @Content(mediaType = "application/problem+json")))
    AttachmentView add(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > attachments.maxSize()) {
            throw new AttachmentTooLargeException(attachments.maxSize());
        }
        return attachments.add(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping(value = "/{attachmentId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "The attachment's file, always as a download with the type found in its content")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentController.served(attachments.download(id, attachmentId));
    }

    @DeleteMapping("/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an attachment (the applicant, while the application is theirs to edit); "
            + "it stays in the record, marked removed")
    void remove(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.remove(id, attachmentId);
    }

    /** Too large is its own status (413), so a client need not read the message. */
    @ExceptionHandler({ AttachmentTooLargeException.class, MaxUploadSizeExceededException.class })
    ResponseEntity<ProblemDetail> tooLarge(Exception e) {
        String message = messages.getMessage("attachment.error.tooLarge",
                new Object[] { AttachmentSizes.format(attachments.maxSize(), LocaleContextHolder.getLocale()) },
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
        problem.setType(URI.create("https://sif.example/problems/too-large"));
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
