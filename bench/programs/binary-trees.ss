;;; binary-trees (the Benchmarks Game), max depth 16, min depth 4, single-threaded. Chez Scheme,
;;; no declarations; the same code as binary-trees.scm.
;;; A tree is a pair of its two subtrees; a leaf is a pair of two empty lists. check counts the
;;; nodes. Prints the stretch tree, one line per depth 4, 6, ..., 16, and the long-lived tree.
(define min-depth 4)
(define max-depth 16)

(define (make-tree d)
  (if (= d 0)
      (cons '() '())
      (cons (make-tree (- d 1)) (make-tree (- d 1)))))

(define (check t)
  (if (null? (car t))
      1
      (+ 1 (check (car t)) (check (cdr t)))))

(define (power-of-two n)
  (if (= n 0) 1 (* 2 (power-of-two (- n 1)))))

(define (print-line . items)
  (for-each display items)
  (newline))

(let ((stretch-depth (+ max-depth 1)))
  (print-line "stretch tree of depth " stretch-depth "\t check: "
              (check (make-tree stretch-depth))))

(define long-lived-tree (make-tree max-depth))

(do ((d min-depth (+ d 2)))
    ((> d max-depth))
  (let ((iterations (power-of-two (+ (- max-depth d) min-depth))))
    (do ((i 0 (+ i 1))
         (sum 0 (+ sum (check (make-tree d)))))
        ((= i iterations)
         (print-line iterations "\t trees of depth " d "\t check: " sum)))))

(print-line "long lived tree of depth " max-depth "\t check: " (check long-lived-tree))
