;; define-record-type in a body: its definitions join the body's internal defines; the
;; constructor takes a subset of the fields.
(define (tagged v)
  (define-record-type tag (make-tag value) tag? (value tag-value) (note tag-note))
  (tag-value (make-tag v)))
(display (tagged 1))
