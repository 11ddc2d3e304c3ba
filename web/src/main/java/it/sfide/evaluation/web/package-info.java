<<<<<<< HEAD
/** The evaluation's pages: committees, declarations, assignment, individual reports, consensus and results. */
=======
/** The evaluation pages: the evaluator's home and expertise, committees, appointment, declarations, assignment. */
>>>>>>> ddbd686 (Evaluation pages: the evaluator's home (seats and the next step), expertise, the committee (rules, criteria, members, proposals, recusal), the appointment by an officer (people found by name, invited experts, rules), the conflict-of-interest declaration signed with the password, the chair's assignment board (automatic, add/move/remove naming the broken rule); a link from the opening; Evaluations in the menu; evaluators land on their evaluations; tables reflow at 390 px)
package it.sfide.evaluation.web;
