------------------------------ MODULE KmReserve ------------------------------
(***************************************************************************)
(* The km page reserve of OpenBSD's uvm_km.c and its refill thread.        *)
(*                                                                         *)
(* uvm_km_getpage hands out pages from a reserve so that it is fast and    *)
(* safe from interrupts, which may never sleep.  A kernel thread, the      *)
(* km_thread, refills the reserve in rounds of BATCH pages whenever it     *)
(* drops below the low-water mark LOWAT.  This module holds the reserve,   *)
(* the thread and the building blocks of getpage/putpage; their callers    *)
(* (the pool allocator, processes and interrupts) are in PoolSlowdown.     *)
(*                                                                         *)
(* One spec covers every revision: the constant Revision picks a row of    *)
(* RevisionTable, a record of behaviour flags.  A reserve token is a page  *)
(* (1.38-1.76) or, from 1.77 (flag kva), a kernel virtual address: the     *)
(* round then needs no memory and getpage allocates the physical page.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Revision,   \* revision id, a key of RevisionTable, e.g. "km1.68"
    LOWAT,      \* uvm_km_pages_lowat: the thread refills below this
    HIWAT,      \* uvm_km_pages.hiwat (1.77 on): putpage keeps no more than this
    BATCH,      \* pages the thread allocates per round (16 in the kernel)
    INITFREE,   \* tokens in the reserve at boot (4 * lowat in the kernel)
    MEM         \* UVM's free physical pages at boot (beside the reserve's INITFREE
                \* pages; from 1.77 the reserve's tokens are addresses, no memory)

ASSUME ConstantsOK ==
    /\ LOWAT \in Nat \ {0}
    /\ BATCH \in Nat \ {0}
    /\ INITFREE \in Nat /\ INITFREE >= LOWAT
    /\ HIWAT \in Nat /\ HIWAT >= INITFREE /\ HIWAT >= LOWAT + BATCH
    /\ MEM \in Nat

-----------------------------------------------------------------------------
(***************************************************************************)
(* The revisions.  Each row says how that revision's code behaves; the     *)
(* actions below read only these flags, never the revision id.             *)
(*                                                                         *)
(*  waitok        process callers may sleep in getpage ("getpage")         *)
(*  slowdown      getpage returns the slowdown flag below lowat            *)
(*  sleepHolding  1.67: a waitok caller sleeps once ("getpg2") after       *)
(*                taking a page below lowat, still holding it              *)
(*  postUnlocked  the lowat check runs after mtx_leave (1.66, 1.68) or     *)
(*                splx (1.38: uvm_km_getpage), not atomically with the     *)
(*                take                                                     *)
(*  wakeOnFail    getpage wakes the thread even when it returns NULL       *)
(*  recheck       the thread re-checks the reserve after waking (1.84's    *)
(*                check under the mutex); 1.38-1.79 go straight into a     *)
(*                refill round after a wakeup (1.38: uvm_km_thread's       *)
(*                "if (free >= lowat) tsleep", an if, not a while)         *)
(*  bounded       the reserve is bounded by HIWAT (1.77 on)                *)
(*  putpage       "push": link the page onto the reserve under the mutex;  *)
(*                "inline": 1.77-1.80, do the VM work in the caller with   *)
(*                the km mutex held; "freelist": 1.84, link the page onto  *)
(*                a list the thread drains                                 *)
(*  yield         where pool_do_get yields on slowdown: "afterInsert",     *)
(*                "beforeInsert" (subr_pool 1.158-1.165) or "none"         *)
(*  roundLocked   1.77: uvm_km_thread keeps uvm_km_pages.mtx from its      *)
(*                msleep through the round (no mtx_leave before the        *)
(*                uvm_km_kmemalloc calls) and mtx_enters it again to       *)
(*                splice the round in (1.79 has the mtx_leave: km1.79)     *)
(*  kva           1.77 on: the reserve holds kernel virtual addresses; the *)
(*                round allocates addresses only (UVM_KMF_VALLOC, never    *)
(*                uvm_wait), getpage first allocates the physical page     *)
(*                (uvm_pglistalloc) and putpage/the drain always free it   *)
(*                                                                         *)
(* Every flag is read wherever its behaviour can happen, so that a row     *)
(* with any combination means what its flags say (a planted flag is that   *)
(* behaviour, not another one); RowOK rules out the two combinations       *)
(* whose flag could never be read.                                         *)
(***************************************************************************)
Revisions == {"km1.38", "km1.66", "km1.67", "km1.68", "km1.77", "km1.79",
              "km1.84", "pool1.160", "pool1.166"}

Row(w, s, sh, pu, wf, rc, b, pp, y, rl, kv) ==
    [waitok |-> w, slowdown |-> s, sleepHolding |-> sh, postUnlocked |-> pu,
     wakeOnFail |-> wf, recheck |-> rc, bounded |-> b, putpage |-> pp,
     yield |-> y, roundLocked |-> rl, kva |-> kv]

RevisionTable ==
  \*                         waitok slowdn sleepH postU  wakeF  rechk  bound  putpage     yield           roundL kva
  [r \in Revisions |->
    CASE r = "km1.38"    -> Row(FALSE, FALSE, FALSE, TRUE,  TRUE,  FALSE, FALSE, "push",     "none",         FALSE, FALSE)
      [] r = "km1.66"    -> Row(TRUE,  FALSE, FALSE, TRUE,  TRUE,  FALSE, FALSE, "push",     "none",         FALSE, FALSE)
      [] r = "km1.67"    -> Row(TRUE,  FALSE, TRUE,  FALSE, TRUE,  FALSE, FALSE, "push",     "none",         FALSE, FALSE)
      [] r = "km1.68"    -> Row(TRUE,  TRUE,  FALSE, TRUE,  TRUE,  FALSE, FALSE, "push",     "afterInsert",  FALSE, FALSE)
      [] r = "km1.77"    -> Row(TRUE,  TRUE,  FALSE, FALSE, FALSE, FALSE, TRUE,  "inline",   "afterInsert",  TRUE,  TRUE)
      [] r = "km1.79"    -> Row(TRUE,  TRUE,  FALSE, FALSE, FALSE, FALSE, TRUE,  "inline",   "afterInsert",  FALSE, TRUE)
      [] r = "km1.84"    -> Row(TRUE,  TRUE,  FALSE, FALSE, FALSE, TRUE,  TRUE,  "freelist", "afterInsert",  FALSE, TRUE)
      [] r = "pool1.160" -> Row(TRUE,  TRUE,  FALSE, FALSE, FALSE, TRUE,  TRUE,  "freelist", "beforeInsert", FALSE, TRUE)
      [] r = "pool1.166" -> Row(TRUE,  TRUE,  FALSE, FALSE, FALSE, TRUE,  TRUE,  "freelist", "afterInsert",  FALSE, TRUE)]

\* The allowed combinations: sleepHolding is a waitok caller's sleep, and a yield place is
\* read only when getpage can say slow down.
RowOK(row) ==
    /\ row.sleepHolding => row.waitok
    /\ row.yield # "none" => row.slowdown

ASSUME RevisionOK == Revision \in Revisions /\ \A r \in Revisions : RowOK(RevisionTable[r])

R == RevisionTable[Revision]

\* The km thread's name: the holder of the km mutex in kmLock (1.77), and the actor a
\* trace gives the thread's steps, the actions of Next without a parameter (TTop,
\* TPublish, ...); a process's or an interrupt's steps carry its model value (p1, i1).
ThreadActor == "km"

-----------------------------------------------------------------------------
VARIABLES
    kmFree,     \* uvm_km_pages_free: pages (kva: addresses) in the reserve
    uvmFree,    \* UVM's free physical pages
    freeList,   \* 1.84 on: pages putpage linked onto the freelist, not yet drained
    tpc,        \* the km thread's place in its loop: "top", "alloc" or "drain"
    tAsleep,    \* the km thread sleeps on its channel ("kmalloc")
    tMemWait,   \* the km thread waits in uvm_wait for physical memory
    batch,      \* pages (kva: addresses) of the current round, on the thread's private list
    kmLock      \* who holds the km mutex across more than one step, or "none"

kmVars == <<kmFree, uvmFree, freeList, tpc, tAsleep, tMemWait, batch, kmLock>>
thrVars == <<tpc, tMemWait, batch>>

\* The places of the km thread's loop (tpc).
ThreadStates == {"top", "alloc", "drain"}

KmTypeOK ==
    /\ kmFree \in Nat
    /\ uvmFree \in Nat
    /\ freeList \in Nat
    /\ tpc \in ThreadStates
    /\ tAsleep \in BOOLEAN
    /\ tMemWait \in BOOLEAN
    /\ batch \in 0..BATCH

KmInit ==
    /\ kmFree = INITFREE
    /\ uvmFree = MEM
    /\ freeList = 0
    /\ tpc = "top"
    /\ tAsleep = FALSE
    /\ tMemWait = FALSE
    /\ batch = 0
    /\ kmLock = "none"

(***************************************************************************)
(* wakeup(&uvm_km_pages_head): a wakeup that finds the thread awake is     *)
(* lost; it is not queued.                                                 *)
(***************************************************************************)
WakeThread == tAsleep' = FALSE

(***************************************************************************)
(* The thread cannot run: it sleeps on its channel or waits for memory.    *)
(* A yielding process resumes only then (see PoolSlowdown).                *)
(***************************************************************************)
ThreadBlocked == tAsleep \/ tMemWait

ThreadRuns == ~tAsleep /\ ~tMemWait

(***************************************************************************)
(* Steps that take the km mutex cannot run while a caller holds it across  *)
(* steps (1.77's inline putpage).  The mutex is at IPL_VM, so interrupts   *)
(* are blocked too.                                                        *)
(***************************************************************************)
KmMutexFree == kmLock = "none"

-----------------------------------------------------------------------------
(***************************************************************************)
(* The km thread.  Each action is one step of uvm_km_thread between two    *)
(* points where it may block, said in terms of the reserve's variables     *)
(* only; PoolSlowdown's TTop, TAllocOne, ... add that nothing else moves.  *)
(***************************************************************************)

\* uvm_km.c: uvm_km_thread -- top of the loop: sleep on "kmalloc" while the
\* reserve is at or above lowat (and, 1.84 on, no freed pages wait).
TopKm ==
    /\ tpc = "top" /\ ThreadRuns /\ KmMutexFree
    /\ IF R.recheck
         THEN IF kmFree >= LOWAT /\ freeList = 0
                THEN tAsleep' = TRUE /\ UNCHANGED tpc
                ELSE /\ tpc' = IF kmFree < LOWAT THEN "alloc" ELSE "drain"
                     /\ UNCHANGED tAsleep
         ELSE \* no re-check after the wakeup: a round follows every sleep
              /\ tpc' = "alloc"
              /\ tAsleep' = (kmFree >= LOWAT)
    \* 1.77: going on into the round, the thread keeps the mutex it checked under
    /\ kmLock' = IF R.roundLocked /\ tpc' = "alloc" /\ ~tAsleep' THEN ThreadActor ELSE kmLock
    /\ UNCHANGED <<kmFree, uvmFree, freeList, tMemWait, batch>>

\* uvm_km.c: uvm_km_thread -- uvm_km_alloc one page of the round onto the
\* private list; with no free memory it waits in uvm_wait ("km_alloc1w").
\* 1.77 on (kva): uvm_km_kmemalloc(..., UVM_KMF_VALLOC) an address, no
\* memory and no wait (kernel virtual space running out is not modelled).
\* 1.77 (roundLocked): msleep returned with the mutex, so the round runs
\* holding it; after a sleep the first page's step is where it has it again.
AllocOneKm ==
    /\ tpc = "alloc" /\ ThreadRuns /\ batch < BATCH
    /\ R.roundLocked => kmLock \in {"none", ThreadActor}
    /\ kmLock' = IF R.roundLocked THEN ThreadActor ELSE kmLock
    /\ IF R.kva \/ uvmFree > 0
         THEN /\ uvmFree' = IF R.kva THEN uvmFree ELSE uvmFree - 1
              /\ batch' = batch + 1
              /\ UNCHANGED tMemWait
         ELSE /\ tMemWait' = TRUE
              /\ UNCHANGED <<uvmFree, batch>>
    /\ UNCHANGED <<kmFree, freeList, tpc, tAsleep>>

\* uvm.c: uvm_wait -- returns once physical memory is free again.
MemReturnKm ==
    /\ tMemWait /\ uvmFree > 0
    /\ tMemWait' = FALSE
    /\ UNCHANGED <<kmFree, uvmFree, freeList, tpc, tAsleep, batch, kmLock>>

(***************************************************************************)
(* uvm_km.c: uvm_km_thread -- the round is complete: splice the private    *)
(* list onto the reserve under the mutex (1.77 on: only up to HIWAT, the   *)
(* rest is freed: pages back to UVM, addresses to kernel_map) and wake the *)
(* getpage sleepers.  The wakeup of the callers is conjoined by            *)
(* PoolSlowdown's TPublish, which owns their state.                        *)
(***************************************************************************)
PublishKm ==
    /\ tpc = "alloc" /\ ThreadRuns /\ batch = BATCH /\ KmMutexFree
    /\ LET kept == IF R.bounded /\ kmFree + batch > HIWAT
                     THEN HIWAT - kmFree ELSE batch
       IN /\ kmFree' = kmFree + kept
          /\ uvmFree' = IF R.kva THEN uvmFree ELSE uvmFree + (batch - kept)
    /\ batch' = 0
    /\ tpc' = IF R.putpage = "freelist" THEN "drain" ELSE "top"
    /\ UNCHANGED <<freeList, tAsleep, tMemWait, kmLock>>

(***************************************************************************)
(* A page given back to the km layer (putpage, the 1.84 drain): its token  *)
(* into the reserve when keep, else to UVM.  From 1.77 (kva) the token is  *)
(* the page's address: the physical page goes back to UVM either way      *)
(* (uvm_pagefree) and only the address may be kept.                        *)
(***************************************************************************)
GiveBack(keep) ==
    /\ kmFree' = IF keep THEN kmFree + 1 ELSE kmFree
    /\ uvmFree' = IF R.kva \/ ~keep THEN uvmFree + 1 ELSE uvmFree

\* Below hiwat, or unbounded: a page given back stays in the reserve.
ReserveTakesBack == ~R.bounded \/ kmFree < HIWAT

\* uvm_km.c: uvm_km_thread / uvm_km_doputpage (1.84) -- take one freed page
\* off the freelist: back into the reserve below hiwat, else unmap and free it.
\* No wakeup(&uvm_km_pages.free): a getpage sleeper is not woken by a drain.
DrainOneKm ==
    /\ tpc = "drain" /\ ThreadRuns /\ freeList > 0 /\ KmMutexFree
    /\ freeList' = freeList - 1
    /\ GiveBack(ReserveTakesBack)
    /\ UNCHANGED <<tpc, tAsleep, tMemWait, batch, kmLock>>

\* uvm_km.c: uvm_km_thread (1.84) -- the freelist is empty: back to the top.
DrainDoneKm ==
    /\ tpc = "drain" /\ ThreadRuns /\ freeList = 0
    /\ tpc' = "top"
    /\ UNCHANGED <<kmFree, uvmFree, freeList, tAsleep, tMemWait, batch, kmLock>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Properties of the reserve alone.                                        *)
(***************************************************************************)

\* 1.77 on: the reserve never grows beyond hiwat.
ReserveBoundedInv == R.bounded => kmFree <= HIWAT

\* A low reserve is eventually back at lowat, or the thread waits for memory.
\* Asleep or awake: a thread that sleeps on a low reserve must be woken by
\* whoever took it below lowat (a dropped wakeup fails this).
ThreadServesLowReserveProp ==
    kmFree < LOWAT ~> (kmFree >= LOWAT \/ tMemWait)

=============================================================================
