;; Calls in tail position of every derived form run in constant stack space: a million
;; iterations through cond, cond =>, case, and, or, when, unless, let, let*, letrec, begin, do.
;; expect-stdout:
;; | cond-done
;; | arrow-done
;; | case-done
;; | and-done
;; | #t
;; | when-done
;; | unless-done
;; | let-done
;; | let*-done
;; | letrec-done
;; | begin-done
;; | if-done
;; | lambda-done

(define n 1000000)

(define (via-cond k)
  (cond ((= k 0) 'cond-done)
        ((< k 0) 'negative)
        (else (via-cond (- k 1)))))

(define (via-arrow k)
  (cond ((assv k '((0 . arrow-done))) => cdr)
        (else (via-arrow (- k 1)))))

(define (via-case k)
  (case (remainder k 2)
    ((0) (if (= k 0) 'case-done (via-case (- k 1))))
    (else (via-case (- k 1)))))

(define (via-and k) (and #t (if (= k 0) 'and-done (via-and (- k 1)))))
(define (via-or k) (or (= k 0) (via-or (- k 1))))

(define when-result #f)
(define (via-when-tail k)
  (if (= k 0) (set! when-result 'when-done))
  (when (> k 0) (via-when-tail (- k 1))))

(define unless-result #f)
(define (via-unless k)
  (if (= k 0) (set! unless-result 'unless-done))
  (unless (= k 0) (via-unless (- k 1))))

(define (via-let k) (let ((m (- k 1))) (if (< m 0) 'let-done (via-let m))))
(define (via-let* k) (let* ((a k) (b (- a 1))) (if (< b 0) 'let*-done (via-let* b))))
(define (via-letrec k) (letrec ((m (- k 1))) (if (< m 0) 'letrec-done (via-letrec m))))
(define (via-begin k) (begin 1 (if (= k 0) 'begin-done (begin 2 (via-begin (- k 1))))))
(define (via-if k) (if (> k 0) (via-if (- k 1)) 'if-done))
(define (via-lambda k) ((lambda (m) (if (= m 0) 'lambda-done (via-lambda (- m 1)))) k))

(display (via-cond n)) (newline)
(display (via-arrow n)) (newline)
(display (via-case n)) (newline)
(display (via-and n)) (newline)
(display (via-or n)) (newline)
(via-when-tail n)
(display when-result) (newline)
(via-unless n)
(display unless-result) (newline)
(display (via-let n)) (newline)
(display (via-let* n)) (newline)
(display (via-letrec n)) (newline)
(display (via-begin n)) (newline)
(display (via-if n)) (newline)
(display (via-lambda n)) (newline)
