package org.jixiao.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jixiao.server.problems.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the service layer's outcomes and malformed requests into answers a person can act on: a JSON problem
 * ({@code application/problem+json}, Chinese {@code detail}, optional {@code details}) under {@code /api}, a
 * Chinese page elsewhere. Never a stack trace.
 */
@ControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(Problem.class)
    Object problem(Problem problem, HttpServletRequest request) {
        return answer(request, problem.status(), problem.getMessage(), problem.details());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    Object malformed(Exception e, HttpServletRequest request) {
        String detail = e instanceof MissingServletRequestParameterException missing
                ? "请求缺少参数 " + missing.getParameterName() + "。"
                : e instanceof MethodArgumentTypeMismatchException mismatch
                        ? "参数 " + mismatch.getName() + " 的值“" + mismatch.getValue() + "”格式不正确。"
                        : "请求内容不是有效的 JSON，或字段类型不正确。";
        return answer(request, 400, detail, List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, 413, "上传的文件过大：单个文件不能超过 50 MB。", List.of());
    }

    /** The database is unreachable: 503 with a clear message (the same text as {@link DatabaseUnavailableFilter}). */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    Object databaseUnavailable(Exception e, HttpServletRequest request) throws Exception {
        if (!DatabaseUnavailableFilter.databaseUnavailable(e)) throw e;
        return answer(request, 503, DatabaseUnavailableFilter.MESSAGE, List.of());
    }

    static Object answer(HttpServletRequest request, int status, String detail, List<String> details) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
            if (!details.isEmpty()) body.setProperty("details", details);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        var page = new ModelAndView("problem");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("detail", detail);
        page.addObject("details", details);
        return page;
    }
}
