;; List library procedures: length, reverse, append, map, for-each, assq, member.
(define l '(1 2 3 4))
(display (list (length l) (reverse l) (append l '(5)) (map (lambda (x) (* x x)) l)
               (assq 'b '((a 1) (b 2))) (member 3 l) (list-ref l 2)))
(for-each (lambda (x) (display x)) l)
(newline)
