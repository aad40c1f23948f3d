;; Closures with private state: counters and a bank account (set! on captured variables).
;; expect-stdout:
;; | 1
;; | 2
;; | 1
;; | 3
;; | 70
;; | 120
;; | insufficient funds
;; | unknown-op
;; | 20

(define (make-counter)
  (let ((count 0))
    (lambda ()
      (set! count (+ count 1))
      count)))

(define c1 (make-counter))
(define c2 (make-counter))
(display (c1)) (newline)
(display (c1)) (newline)
(display (c2)) (newline)
(display (c1)) (newline)

(define (make-account balance)
  (define (withdraw amount)
    (if (> amount balance)
        "insufficient funds"
        (begin (set! balance (- balance amount)) balance)))
  (define (deposit amount)
    (set! balance (+ balance amount))
    balance)
  (lambda (op amount)
    (cond ((eq? op 'withdraw) (withdraw amount))
          ((eq? op 'deposit) (deposit amount))
          (else 'unknown-op))))

(define acc (make-account 100))
(display (acc 'withdraw 30)) (newline)
(display (acc 'deposit 50)) (newline)
(display (acc 'withdraw 500)) (newline)
(display (acc 'frobnicate 1)) (newline)

(define (make-stepper step)
  (let ((n 0))
    (lambda () (set! n (+ n step)) n)))
(define by-ten (make-stepper 10))
(by-ten)
(display (by-ten)) (newline)
