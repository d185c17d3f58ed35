package org.flowtrace.api.web.audit;

import org.flowtrace.api.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the audit log, newest first, and the check of its hash chain (ADMIN only). */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit")
    Paging.Page<AuditEntry> entries(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var paging = Paging.of(page, size, 500);
        var found = log.page(paging.skip(), paging.size());
        return new Paging.Page<>(found.items(), paging.page(), paging.size(), found.total());
    }

    @GetMapping("/api/v1/audit/verify")
    AuditLog.Verification verify() {
        return log.verify();
    }
}
